// The member and cell lists every members/cells screen reads, live from the database. The
// Vietnamese name order is computed once per data change, never per keystroke.
import { computed } from 'vue'
import { useLiveQuery } from '@renderer/db/useLiveQuery'
import { memberRepository } from '@renderer/db/repositories/memberRepository'
import { cellRepository } from '@renderer/db/repositories/cellRepository'
import { sortMembers } from '@renderer/domain/members/filter'
import { sortCells } from '@renderer/domain/names'
import type { Cell, Member } from '@renderer/domain/entities'

export function useMembersData() {
  const members = useLiveQuery<Member[]>(() => memberRepository.list(), [])
  const cells = useLiveQuery<Cell[]>(() => cellRepository.list(), [])
  const sortedMembers = computed(() => sortMembers(members.value.value))
  const sortedCells = computed(() => sortCells(cells.value.value))
  const activeCells = computed(() => sortedCells.value.filter((c) => c.status === 'active'))
  const cellNames = computed(() => new Map(cells.value.value.map((c) => [c.id, c.name])))
  const loading = computed(() => members.loading.value || cells.loading.value)
  return {
    members: members.value,
    cells: cells.value,
    sortedMembers,
    sortedCells,
    activeCells,
    cellNames,
    loading
  }
}
