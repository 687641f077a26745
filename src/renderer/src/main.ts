import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import vi from 'element-plus/es/locale/lang/vi'
import 'element-plus/dist/index.css'
import './ui/theme.css'
import App from './app/App.vue'
import { router } from './app/router'
import { openDatabase } from './db/database'

async function start() {
  try {
    await openDatabase()
  } catch (e) {
    // Nothing is written when the data cannot be opened: tell the clerk why and stop.
    const root = document.getElementById('app')!
    root.innerHTML = ''
    const box = document.createElement('div')
    box.setAttribute('role', 'alert')
    box.style.cssText = 'max-width:640px;margin:80px auto;font:16px/1.6 Segoe UI,Arial,sans-serif;color:#7f1d1d'
    box.textContent = `Không mở được dữ liệu Sổ Chi bộ. ${(e as Error).message}`
    root.appendChild(box)
    return
  }
  const app = createApp(App)
  app.use(createPinia())
  app.use(router)
  app.use(ElementPlus, { locale: vi })
  app.mount('#app')
}

void start()
