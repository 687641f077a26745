// Saving the rows an import left out (members or history): "<file>-dong-khong-nhap.xlsx", with a
// message either way.
import { ElMessage } from 'element-plus'
import { platform } from '@renderer/platform'
import { errorText } from '../../common/errorText'

export async function saveSkippedRows(
  build: () => Promise<Uint8Array>,
  sourceFileName: string
): Promise<void> {
  try {
    const name = `${sourceFileName.replace(/\.xlsx?$/i, '')}-dong-khong-nhap.xlsx`
    const saved = await platform.saveFile(await build(), name, [
      { name: 'Bảng tính Excel', extensions: ['xlsx'] }
    ])
    if (saved) ElMessage.success(`Đã lưu tệp ${saved.fileName}.`)
  } catch (e) {
    ElMessage.error(`Không lưu được tệp: ${errorText(e)}`)
  }
}
