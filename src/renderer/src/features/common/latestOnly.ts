// Reads end in any order. A screen that reads again when the clerk picks another year, ceremony,
// cell or date shows only the read started last: one for a choice the clerk has since left must
// never replace what the page shows, or an edit would be saved against it (the review year under
// the picker, the roll of the cell on the form).

/**
 * A counter of reads: `begin()` when a read starts gives `isLatest()`, still true after the read
 * only if no other read began meanwhile.
 */
export function latestOnly(): () => () => boolean {
  let started = 0
  return () => {
    const mine = ++started
    return () => mine === started
  }
}
