/** The basemap's country shapes as the build reads them (Natural Earth), for tests of the lines. */
export { loadCountries } from '../scripts/lib/basemapCountries.ts';
