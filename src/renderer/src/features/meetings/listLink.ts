// Coming back from a meeting's form to the list the clerk came from, with its filters (the list
// keeps them in its link: ?cellId=…&year=…&view=…), or to the month screen.
import type { Router } from 'vue-router'

export function listLink(router: Router): string {
  const back = router.options.history.state.back
  return typeof back === 'string' && /^\/sinh-hoat(\/thang)?(\?|$)/.test(back) ? back : '/sinh-hoat'
}
