/**
 * The applicant's personal data as the store keeps it: encrypted (AES-256-GCM), a keyed hash for uniqueness
 * and look-up, and the masked forms for display. The plaintext never leaves this function's memory.
 */
import { maskIdNumber, normaliseIdNumber } from '../../../types/id-number'
import { maskName, maskPhone } from '../../_lib/domain/grievance/mask'
import type { FieldCrypto } from '../../_lib/runtime/crypto'
import type { PersonSecrets } from '../../_lib/store/port'
import { idHash, phoneHash } from './keys'

export function sealPerson(crypto: FieldCrypto, person: { name: string; idNumber: string; phone: string }): PersonSecrets {
  const id = normaliseIdNumber(person.idNumber)
  return {
    idHash: idHash(crypto, id),
    idEnc: crypto.encrypt(id),
    idMasked: maskIdNumber(id),
    phoneHash: phoneHash(crypto, person.phone),
    phoneEnc: crypto.encrypt(person.phone),
    phoneMasked: maskPhone(person.phone),
    nameEnc: crypto.encrypt(person.name),
    nameMasked: maskName(person.name),
  }
}

/** Only the PersonSecrets fields of a record (a member's secrets copied onto a transfer application). */
export function secretsOf(p: PersonSecrets): PersonSecrets {
  const { idHash: ih, idEnc, idMasked, phoneHash: ph, phoneEnc, phoneMasked, nameEnc, nameMasked } = p
  return { idHash: ih, idEnc, idMasked, phoneHash: ph, phoneEnc, phoneMasked, nameEnc, nameMasked }
}
