// Cell meetings (docs/design.md §6): the pure rules. Screens, repositories, report builders, the
// overview and the bench import from here.
export * from './absences'
export * from './attendance'
export * from './attendanceSheet'
export * from './cellLife'
export * from './compliance'
export * from './duration'
export * from './quality'
export * from './roll'
export * from './statistics'
export * from './tasks'
export * from './toCome'
export * from './topics'
