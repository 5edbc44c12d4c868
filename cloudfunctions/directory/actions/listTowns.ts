import { listTownsInput } from '../../../types/directory'
import { action } from '../../_lib/runtime/function'

export const listTowns = action({
  input: listTownsInput,
  access: 'public',
  async handle(_input, { deps }) {
    return { items: await deps.store.directory.listTowns() }
  },
})
