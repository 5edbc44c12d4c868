/** Deployed function `directory`: the union tree, enterprises, and the working-day calendar. */
import { defineFunction } from '../_lib/runtime/function'
import { cloudMain } from '../_lib/runtime/cloud'
import { searchEnterprises } from './actions/searchEnterprises'
import { listTowns } from './actions/listTowns'
import { listTownOrgs } from './actions/listTownOrgs'
import { getOrg } from './actions/getOrg'
import { importDirectory } from './actions/importDirectory'
import { putCalendarYear, listCalendarYears, workCalendar } from './actions/calendar'

export const directory = defineFunction({
  name: 'directory',
  actions: { searchEnterprises, listTowns, listTownOrgs, getOrg, import: importDirectory, putCalendarYear, listCalendarYears, workCalendar },
})

export const main = cloudMain(directory)
