/** Natural Earth's 1:10m countries (npm `world-atlas`), for unit tests: the basemap's own. */
export { loadCountries } from '../../scripts/lib/basemapCountries';
