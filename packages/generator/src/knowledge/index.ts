import type { Archetype, Vertical } from './types.ts';
import { apparel } from './verticals/apparel.ts';
import { aquarium } from './verticals/aquarium.ts';
import { artPrints } from './verticals/art-prints.ts';
import { baby } from './verticals/baby.ts';
import { bags } from './verticals/bags.ts';
import { beekeeping } from './verticals/beekeeping.ts';
import { beddingBath } from './verticals/bedding-bath.ts';
import { boardGames } from './verticals/board-games.ts';
import { books } from './verticals/books.ts';
import { candles } from './verticals/candles.ts';
import { cheeseMaking } from './verticals/cheese-making.ts';
import { coffeeTea } from './verticals/coffee-tea.ts';
import { cosmetics } from './verticals/cosmetics.ts';
import { cycling } from './verticals/cycling.ts';
import { deskSetup } from './verticals/desk-setup.ts';
import { electronicsAccessories } from './verticals/electronics-accessories.ts';
import { eyewear } from './verticals/eyewear.ts';
import { fitnessYoga } from './verticals/fitness-yoga.ts';
import { footwear } from './verticals/footwear.ts';
import { fragrance } from './verticals/fragrance.ts';
import { furniture } from './verticals/furniture.ts';
import { gourmetPantry } from './verticals/gourmet-pantry.ts';
import { haircare } from './verticals/haircare.ts';
import { homeBarista } from './verticals/home-barista.ts';
import { homeDecor } from './verticals/home-decor.ts';
import { jewellery } from './verticals/jewellery.ts';
import { kitchenware } from './verticals/kitchenware.ts';
import { outdoorCamping } from './verticals/outdoor-camping.ts';
import { petSupplies } from './verticals/pet-supplies.ts';
import { plantsGarden } from './verticals/plants-garden.ts';
import { running } from './verticals/running.ts';
import { skincare } from './verticals/skincare.ts';
import { stationery } from './verticals/stationery.ts';
import { supplements } from './verticals/supplements.ts';
import { surf } from './verticals/surf.ts';
import { swimwear } from './verticals/swimwear.ts';
import { toysGames } from './verticals/toys-games.ts';
import { vinylRecords } from './verticals/vinyl-records.ts';
import { watches } from './verticals/watches.ts';
import { wineBarware } from './verticals/wine-barware.ts';

export type { Archetype, ImageFamily, OptionAxis, Range, Vertical } from './types.ts';
export { imageFamilies } from './types.ts';
export { colourTable, hexToRgb, isColourName, type ColourName } from './colours.ts';
import { isColourName, type ColourName } from './colours.ts';

/** Every vertical, in a fixed order (the order is part of determinism). */
export const verticals: readonly Vertical[] = [
  apparel,
  footwear,
  jewellery,
  bags,
  eyewear,
  watches,
  skincare,
  cosmetics,
  fragrance,
  haircare,
  supplements,
  coffeeTea,
  gourmetPantry,
  wineBarware,
  kitchenware,
  homeDecor,
  beddingBath,
  furniture,
  candles,
  plantsGarden,
  petSupplies,
  toysGames,
  baby,
  fitnessYoga,
  outdoorCamping,
  cycling,
  electronicsAccessories,
  stationery,
  books,
  artPrints,
  // Added for open-world niches; appended so the order of the original thirty is unchanged.
  swimwear,
  deskSetup,
  homeBarista,
  running,
  boardGames,
  beekeeping,
  cheeseMaking,
  aquarium,
  vinylRecords,
  surf,
];

const byId = new Map(verticals.map((v) => [v.id, v]));

export function findVertical(id: string): Vertical | undefined {
  return byId.get(id);
}

/** The colours a kind comes in: its own list, or else its colour option's values. */
export function archetypeColours(archetype: Archetype): readonly ColourName[] {
  if (archetype.colours) return archetype.colours;
  const axis = archetype.options.find((o) => o.kind === 'colour');
  return (axis?.values ?? []).filter(isColourName);
}

export function allArchetypes(): Archetype[] {
  return verticals.flatMap((v) => v.archetypes);
}
