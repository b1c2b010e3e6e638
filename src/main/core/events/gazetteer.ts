/**
 * Names of countries and cities, from two small data packages (countries-list: every ISO country
 * with its aliases and capital; city-timezones: ~7,300 cities with their population), so places
 * and country actors are recognised without a slow NLP model.
 */
import cityTimezones from 'city-timezones'
import { countries } from 'countries-list'

export interface Gazetteer {
  /** Lower-cased country name or alias → the country's common name. */
  countries: Map<string, string>
  /** Lower-cased city name (and its ASCII spelling) → { name, population }. */
  cities: Map<string, { name: string; population: number }>
  /** Lower-cased region or continent → its name. */
  regions: Map<string, string>
}

/** Common names that news uses instead of the ISO ones. */
const EXTRA_COUNTRIES: [string, string][] = [
  ['us', 'United States'],
  ['u.s.', 'United States'],
  ['usa', 'United States'],
  ['america', 'United States'],
  ['united states of america', 'United States'],
  ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'],
  ['uk', 'United Kingdom'],
  ['u.k.', 'United Kingdom'],
  ['england', 'United Kingdom'],
  ['russian federation', 'Russia'],
  ['south korea', 'South Korea'],
  ['north korea', 'North Korea'],
  ['iran', 'Iran'],
  ['syria', 'Syria'],
  ['vietnam', 'Vietnam'],
  ['czech republic', 'Czechia'],
  ['holland', 'Netherlands'],
  ['the netherlands', 'Netherlands'],
  ['ivory coast', 'Ivory Coast'],
  ['taiwan', 'Taiwan'],
  ['palestine', 'Palestine'],
  ['kosovo', 'Kosovo']
]

/** Regions and continents: places, never actors. */
const REGIONS = [
  'Crimea',
  'Donbas',
  'Donbass',
  'Gaza',
  'West Bank',
  'Kashmir',
  'Tibet',
  'Siberia',
  'Balkans',
  'Middle East',
  'Europe',
  'Asia',
  'Africa',
  'Latin America',
  'South America',
  'North America',
  'Scandinavia',
  'Arctic',
  'Antarctica',
  'Caucasus',
  'Baltic',
  'Persian Gulf',
  'Black Sea',
  'Mediterranean',
  'Pacific',
  'Atlantic',
  'Barents Sea'
]

let cached: Gazetteer | null = null

export function gazetteer(): Gazetteer {
  if (cached) return cached
  const countryMap = new Map<string, string>()
  for (const c of Object.values(countries)) {
    countryMap.set(c.name.toLowerCase(), c.name)
    for (const alias of (c as { alias?: string[] }).alias ?? [])
      countryMap.set(alias.toLowerCase(), c.name)
  }
  for (const [alias, name] of EXTRA_COUNTRIES) countryMap.set(alias, name)
  const cities = new Map<string, { name: string; population: number }>()
  for (const c of cityTimezones.cityMapping) {
    const entry = { name: c.city, population: Number(c.pop) || 0 }
    for (const key of [c.city.toLowerCase(), c.city_ascii.toLowerCase()]) {
      const known = cities.get(key)
      if (!known || known.population < entry.population) cities.set(key, entry)
    }
  }
  const regions = new Map(REGIONS.map((r) => [r.toLowerCase(), r]))
  cached = { countries: countryMap, cities, regions }
  return cached
}
