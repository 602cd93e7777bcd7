// Tailwind CSS 4 through PostCSS, as Next.js runs it.
export default { plugins: { '@tailwindcss/postcss': {} } };
