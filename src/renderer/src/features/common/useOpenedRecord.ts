// A dialog that edits one record (a member, a cell): each time it opens it shows the record it is
// opened on, and it keeps the version it showed, the one a save is checked against. When another
// window saved first, it offers that window's version (offerReload) and closes if the record is gone.
import { ref, watch, type Ref } from 'vue'
import { offerReload, type ReloadWords } from './offerReload'

export interface OpenedRecordOptions<T> {
  /** The dialog's v-model. */
  open: Ref<boolean>
  /** The form's submitted flag (useFormAction), cleared each time the dialog opens. */
  submitted: Ref<boolean>
  /** The record the dialog opens on; null for a new one. */
  record: () => T | null
  /** Puts a record in the form (a blank form for null). */
  fill: (record: T | null) => void
  /** Reads the record's current version; undefined once it is gone. */
  get: (id: string) => Promise<T | undefined>
  words: ReloadWords
}

export function useOpenedRecord<T extends { id: string }>(options: OpenedRecordOptions<T>) {
  /** The version of the record the form shows: a save from it must not undo another window's save. */
  const opened = ref(null) as Ref<T | null>

  function show(record: T | null) {
    opened.value = record
    options.fill(record)
  }

  watch(
    options.open,
    (opening) => {
      if (!opening) return
      options.submitted.value = false
      show(options.record())
    },
    { immediate: true }
  )

  /** useAction's `recover`: another window saved (or deleted) the record since the form opened. */
  const reloadOffer = offerReload(options.words, async () => {
    const fresh = opened.value ? await options.get(opened.value.id) : undefined
    if (fresh) show(fresh)
    else options.open.value = false
    return !!fresh
  })

  return { opened, reloadOffer }
}
