import type { Command } from 'commander';
import type { CliContext } from '../program.ts';

export function registerGenerateCommand(_program: Command, _context: CliContext): void {}
