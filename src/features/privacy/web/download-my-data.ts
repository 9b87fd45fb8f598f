import { callApi } from '../../../platform/web/api.ts';
import { downloadBlob } from '../../../platform/web/ui/download.ts';
import { privacyRoutes } from '../privacy.contract.ts';

/** Downloads everything held about the logged-in person, as pretty JSON or the server's CSV. */
export async function downloadMyData(format: 'json' | 'csv'): Promise<void> {
  if (format === 'csv') {
    const file = await callApi(privacyRoutes.myDataCsv);
    downloadBlob(new Blob([file.content], { type: 'text/csv;charset=utf-8' }), file.filename);
    return;
  }
  const data = await callApi(privacyRoutes.myData);
  const day = data.downloadedAt.slice(0, 10);
  const text = JSON.stringify(data, null, 2);
  downloadBlob(new Blob([text], { type: 'application/json' }), `mina-uppgifter-${day}.json`);
}
