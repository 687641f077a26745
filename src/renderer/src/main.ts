import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import vi from 'element-plus/es/locale/lang/vi'
import 'element-plus/dist/index.css'
import './ui/theme.css'
import App from './app/App.vue'
import { installFoldingPickers } from './ui/foldingPickers'
import { router } from './app/router'
import { SoChiBoDatabase, installedSchemaVersion, openDatabase, setDb } from './db/database'
import { resolveActiveDatabaseName } from './db/activeDatabase'
import { whenReplacedElsewhere } from './db/replacedElsewhere'
import { CURRENT_SCHEMA_VERSION } from './db/schema'
import { backupBeforeUpgrade } from './features/backup/upgradeBackup'
import { pauseWhileRestoringElsewhere } from './features/backup/restoringElsewhere'
import { isPlatformError } from './platform'

/** A plain message in the page while Vue is not mounted yet (start-up, upgrade, failure). */
function showStartupMessage(text: string, role: 'status' | 'alert'): void {
  const root = document.getElementById('app')!
  root.innerHTML = ''
  const box = document.createElement('div')
  box.setAttribute('role', role)
  box.style.cssText = `max-width:640px;margin:80px auto;font:16px/1.6 Segoe UI,Arial,sans-serif;color:${role === 'alert' ? '#7f1d1d' : '#333'}`
  box.textContent = text
  root.appendChild(box)
}

async function start() {
  try {
    // The data is the newest complete database generation (a restore writes a new one).
    const name = await resolveActiveDatabaseName()
    const installed = await installedSchemaVersion(name)
    if (installed !== null && installed < CURRENT_SCHEMA_VERSION) {
      // A new version changes how data is stored: copy it first, then convert (can take a while).
      showStartupMessage(
        'Đang sao lưu và nâng cấp dữ liệu cho phiên bản mới… Vui lòng không tắt máy.',
        'status'
      )
      await backupBeforeUpgrade(name)
    }
    // Another window restored a backup (its old database is being deleted) or upgraded the data:
    // the database in use, whichever generation, is closed (db/replacedElsewhere.ts); start again.
    whenReplacedElsewhere(() => window.location.reload())
    pauseWhileRestoringElsewhere()
    const db = new SoChiBoDatabase(name)
    setDb(db)
    await openDatabase(db)
  } catch (e) {
    // Nothing more is written when the data cannot be opened: tell the clerk why and stop.
    const reason = isPlatformError(e)
      ? `Không sao lưu được trước khi nâng cấp: ${e.userMessage}`
      : (e as Error).message
    showStartupMessage(`Không mở được dữ liệu Sổ Chi bộ. ${reason}`, 'alert')
    return
  }
  const app = createApp(App)
  app.use(createPinia())
  app.use(router)
  app.use(ElementPlus, { locale: vi })
  installFoldingPickers(app)
  app.mount('#app')
}

void start()
