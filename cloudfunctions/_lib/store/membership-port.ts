/**
 * Store ports for membership (issue 4). Same rules as port.ts: keyset pages, single-document atomic writes
 * guarded by `version`, no joins, every list backed by an index in both adapters.
 *
 * Personal data: names, ID numbers and phones are stored only encrypted (`*Enc`, AES-256-GCM) next to keyed
 * hashes (`*Hash`, HMAC) used for uniqueness and look-up. Nothing here holds a plaintext ID number or phone.
 */
import type { Page } from '../../../types/zod'
import type { ApplicationState, MembershipEvent } from '../domain/membership/application'
import type {
  ApplicationKind,
  ApplicationStatus,
  MemberStatus,
  Occupation,
} from '../../../types/membership-labels'

export type { MembershipEvent }

export type Consent = { version: string; at: string }

/** The person's data, encrypted once at application time and carried to the member record on approval. */
export type PersonSecrets = {
  /** HMAC of the normalised ID number (upper-case X): one membership per person. */
  idHash: string
  idEnc: string
  /** HMAC of the 11-digit phone. */
  phoneHash: string
  phoneEnc: string
  nameEnc: string
  /** Masked for display (`张*`): safe to show to any officer allowed to see the application, and on the card. */
  nameMasked: string
  /** Masked for display: `3307**********1234`, `138****5678`. */
  idMasked: string
  phoneMasked: string
}

/** Where the worker works (or, without a fixed employer, lives). */
export type Workplace = {
  enterpriseId: string | null
  enterpriseName: string | null
  /** The town the routing used (the enterprise's town, the picked town, or the residence town). */
  townId: string | null
  noFixedEmployer: boolean
  occupation: Occupation | null
  residenceTownId: string | null
  employerBlind: boolean
}

export type Application = ApplicationState &
  PersonSecrets &
  Workplace & {
    id: string
    kind: ApplicationKind
    /** HMAC(openid) of the applicant: "my applications" and the card, without storing the openid. */
    applicantKey: string
    /** HMAC(openid) as the member record will hold it (holderKey): approval binds the card to this account. */
    holderKey: string
    /** Idempotency: HMAC(openid + requestId). Unique. */
    requestKey: string
    /**
     * The ID number has a current membership or a pending application of ANOTHER account. Such an application
     * sits at a federation, holds no idHash (it cannot block the real person) and cannot be approved while
     * that membership or application stands; the applicant is never told (docs/decisions/0009).
     */
    identityConflict: boolean
    /** For `transfer`: the member moving, and the org they leave. */
    memberId: string | null
    fromOrgId: string | null
    consents: { idNumber: Consent; shareWithUnion: Consent }
    createdAt: string
    history: MembershipEvent[]
    version: number
  }

export type Member = PersonSecrets & {
  id: string
  /** Unique and stable for life, also across transfers. */
  memberNo: string
  /** HMAC(openid) of the member's WeChat account. */
  holderKey: string
  orgId: string
  orgPath: string
  status: MemberStatus
  /** Shanghai day of first approval (`YYYY-MM-DD`). */
  since: string
  statusReason: string | null
  /** The application that made this membership (first approval). */
  applicationId: string
  workplace: Workplace
  history: MembershipEvent[]
  updatedAt: string
  version: number
}

/** An account's membership records as `transfer` and `leave` need them: one read on CloudBase (docs/decisions/0022). */
export type HolderMembership = {
  /** As getMemberByHolder: the account's current (active or suspended) membership, else its most recent, else null. */
  member: Member | null
  /** The ID-number consent of the application that made `member` (`member.applicationId`); null when there is none. */
  idConsent: Consent | null
  /** The account's pending application, of any kind (at most one: createApplication), whichever member it names. */
  pending: Application | null
}

export type ApplicationQueueFilter = { status?: ApplicationStatus; overdue?: boolean }

export type CreateApplicationResult =
  | { ok: true }
  /** The requestKey exists: the caller answers with that application (a retry). */
  | { ok: false; reason: 'DUPLICATE_REQUEST'; existingId: string }
  /** A join only: the account (holderKey) holds a current (active or suspended) membership: one card per account. */
  | { ok: false; reason: 'HOLDER_MEMBER' }
  /** The account (holderKey) has a pending application: one at a time per account. */
  | { ok: false; reason: 'HOLDER_PENDING' }
  /** Another pending, non-flagged application holds this idHash (checked atomically: two racing applies → one wins). */
  | { ok: false; reason: 'ALREADY_APPLIED' }
  /** A non-flagged join only: the idHash has a current member (of another account: the account's own is HOLDER_MEMBER). */
  | { ok: false; reason: 'ALREADY_MEMBER' }

/** What approving a join wrote: both records, or neither and why. */
export type ApproveJoinResult =
  /** `member`: as stored (the one given, or one a half-done approval of older code left). */
  | { ok: true; member: Member }
  /** The application is not at `version - 1` any more (another officer decided it, the sweep moved it). */
  | { ok: false; reason: 'CONFLICT' }
  /** The idHash has a current member, or another pending non-flagged application (a flagged join's real holder). */
  | { ok: false; reason: 'IDENTITY_TAKEN' }
  /** The account holds another current membership. */
  | { ok: false; reason: 'HOLDER_MEMBER' }
  /** The member number is taken (the sequence was behind): the caller draws another. */
  | { ok: false; reason: 'NUMBER_TAKEN' }

export interface MembershipStore {
  /**
   * Inserts iff no other application has this requestKey; for a pending join, the account (holderKey) holds no
   * current membership; no other PENDING application has this holderKey; and (unless `a.identityConflict`) no
   * other pending, non-flagged application has this idHash and, for a join, no current member has it. Checked in
   * that order (the idHash ones: ALREADY_APPLIED before ALREADY_MEMBER). A pending join so RESERVES its account
   * (and, unflagged, its person) for the membership it may become: while it is pending, createMember/approveJoin
   * of another record for that holderKey (or idHash) is refused.
   */
  createApplication(a: Application): Promise<CreateApplicationResult>
  getApplication(id: string): Promise<Application | null>
  /** The pending, non-flagged application holding this idHash, if any (at most one). */
  getPendingApplication(idHash: string): Promise<Application | null>
  getApplicationByRequestKey(requestKey: string): Promise<Application | null>
  /** Full replace iff the stored version is `a.version - 1`; false on a lost race. Frees the idHash and holder holds when it leaves `pending`. */
  updateApplication(a: Application): Promise<boolean>
  /** Applications assigned to `orgId`, ordered by (reviewBy, id). Cursor = `${reviewBy}|${id}`. */
  listQueue(orgId: string, filter: ApplicationQueueFilter, after: string | undefined, limit: number): Promise<Page<Application>>
  /** Pending applications whose escalateAt ≤ now, ordered by (escalateAt, id). Cost grows with due ones only. Cursor = `${escalateAt}|${id}`. */
  listDue(now: string, after: string | undefined, limit: number): Promise<Page<Application>>
  /** An applicant's applications, newest first. Cursor = id. */
  listByApplicant(applicantKey: string, after: string | undefined, limit: number): Promise<Page<Application>>

  /**
   * Inserts the member iff no member with this idHash is `active` or `suspended`, the account (holderKey) holds no
   * current membership, neither is reserved by a pending join of another record (createApplication), and the
   * memberNo and id are unused; false otherwise. A `left` member's idHash may be joined again (a new member record,
   * a new number). For members made outside a review (imports, seeds); a review's approval is approveJoin.
   */
  createMember(m: Member): Promise<boolean>
  /**
   * A join's approval, both writes or neither: replaces the application (`a`, status approved) iff its stored version
   * is `a.version - 1`, and creates the member `m` (`m.id === a.id`) under createMember's rules — the application's
   * own reservations count as the member's. A member already stored under `a.id` for this application (a half-done
   * approval of older code) is kept as it is and only the application is written.
   */
  approveJoin(a: Application, m: Member): Promise<ApproveJoinResult>
  getMember(id: string): Promise<Member | null>
  /** The current (active or suspended) member with this idHash, if any. */
  getMemberByIdHash(idHash: string): Promise<Member | null>
  /** The holder's current (active or suspended) membership, if any, else their most recent one. */
  getMemberByHolder(holderKey: string): Promise<Member | null>
  /**
   * The account's membership (as getMemberByHolder), the ID-number consent of the application that made it, and the
   * account's pending application, together. CloudBase: one query (a join's member lives in its application's
   * document), one more read only for a member whose document is not its application's (createMember: imports).
   */
  getHolderMembership(holderKey: string): Promise<HolderMembership>
  getMemberByNo(memberNo: string): Promise<Member | null>
  /** Full replace iff the stored version is `m.version - 1`; false on a lost race. */
  updateMember(m: Member): Promise<boolean>
  /** Members of an org, ordered by memberNo. Cursor = memberNo. */
  listMembers(orgId: string, after: string | undefined, limit: number): Promise<Page<Member>>
  /**
   * The next value of the city-wide member sequence, never handed out twice, increasing for one store instance.
   * The CloudBase adapter reserves a block of values per warm instance (gaps when an instance ends, docs/cloudbase.md).
   */
  nextMemberSeq(): Promise<number>
}
