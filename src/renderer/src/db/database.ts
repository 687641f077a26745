import Dexie, { type Table } from 'dexie'
import type {
  AuditEntry,
  Badge,
  Cell,
  CellReview,
  Commendation,
  Member,
  MetaEntry,
  OrganizationSettings,
  ReviewYear,
  RulesProfile
} from '@renderer/domain/entities'
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema'
import { UPGRADES, type UpgradeMap } from './upgrades'
import { plainValuesMiddleware } from './plainValues'
import { watchReplacedElsewhere } from './replacedElsewhere'
import type { AttendanceBook, MeetingBook, MemberReviewBook, TaskList, TimelineBook } from './books'

export const DATABASE_NAME = 'so-chi-bo'

/** The only store of the app. Only `db/` touches it; features go through repositories. */
export class SoChiBoDatabase extends Dexie {
  settings!: Table<OrganizationSettings, string>
  cells!: Table<Cell, string>
  members!: Table<Member, string>
  // Schema v3 books (db/books.ts; only books.ts and the repositories read them). Tables of older
  // versions are reached in upgrade code and tests as `db.table(name)`, never by app code.
  timelineBooks!: Table<TimelineBook, string>
  meetingBooks!: Table<MeetingBook, string>
  attendanceBooks!: Table<AttendanceBook, string>
  taskLists!: Table<TaskList, string>
  memberReviewBooks!: Table<MemberReviewBook, string>
  cellReviews!: Table<CellReview, string>
  reviewYears!: Table<ReviewYear, number>
  commendations!: Table<Commendation, string>
  badges!: Table<Badge, string>
  rulesProfiles!: Table<RulesProfile, string>
  auditLog!: Table<AuditEntry, number>
  meta!: Table<MetaEntry, string>

  /**
   * @param upToVersion open an older schema (upgrade tests); default: the current one.
   * @param versions / upgrades injectable so the upgrade harness can be tested with a future version.
   */
  constructor(
    name = DATABASE_NAME,
    upToVersion?: number,
    versions: SchemaVersion[] = SCHEMA_VERSIONS,
    upgrades: UpgradeMap = UPGRADES
  ) {
    super(name)
    this.use(plainValuesMiddleware)
    for (const { version, stores } of versions) {
      if (upToVersion !== undefined && version > upToVersion) break
      const v = this.version(version).stores(stores)
      const upgrade = upgrades[version]
      if (upgrade) v.upgrade(upgrade)
    }
  }
}

let instance: SoChiBoDatabase | null = null
/** The database getDb() opens: the newest complete generation (activeDatabase.ts), set at start-up. */
let activeName = DATABASE_NAME

/** The app's database, opened on first use. */
export function getDb(): SoChiBoDatabase {
  if (!instance) setDb(new SoChiBoDatabase(activeName))
  return instance!
}

/**
 * Start-up, restore and tests: make `next` the app's database (closing the one before). `null`
 * closes it; the next getDb() opens the same name again (at the current schema version). Every
 * database made the app's one is closed for good if another window deletes it (replacedElsewhere.ts).
 */
export function setDb(next: SoChiBoDatabase | null): void {
  if (instance && instance !== next) instance.close()
  instance = next
  if (!next) return
  activeName = next.name
  watchReplacedElsewhere(next, () => instance === next)
}

/** Opens a fresh, empty database under a unique name — for tests. */
let testDbCounter = 0
export function createTestDb(name = `test-db-${++testDbCounter}`): SoChiBoDatabase {
  const db = new SoChiBoDatabase(name)
  setDb(db)
  return db
}

/** The data on this PC was written by a newer Sổ Chi bộ: opening it with this one could damage it. */
export class NewerDatabaseError extends Error {
  constructor(readonly found: number) {
    super(
      `Dữ liệu trên máy này do phiên bản Sổ Chi bộ mới hơn tạo ra (phiên bản dữ liệu ${found}). ` +
        'Hãy cài phiên bản Sổ Chi bộ mới nhất để mở; dữ liệu không bị thay đổi.'
    )
    this.name = 'NewerDatabaseError'
  }
}

/**
 * The schema version of the database as it is on disk before the app opens it (null when there is
 * none yet) — so a safety copy can be made before an upgrade changes it.
 */
export async function installedSchemaVersion(name = DATABASE_NAME): Promise<number | null> {
  const list = (await indexedDB.databases?.()) ?? []
  const found = list.find((d) => d.name === name)
  return found?.version ? Math.round(found.version / 10) : null
}

/** Opens the database and refuses one written by a newer schema (Dexie 4 would open it as is). */
export async function openDatabase(db: SoChiBoDatabase = getDb()): Promise<SoChiBoDatabase> {
  await db.open()
  const known = db.verno
  const installed = Math.round(db.backendDB().version / 10)
  if (installed > known) {
    db.close()
    throw new NewerDatabaseError(installed)
  }
  return db
}
