import type { CsvMapping } from '../../../../shared/domain/contacts';
import { useAppStore } from '../../store';
import { CSV_FIELD_LABELS, CSV_FIELD_LIST } from './contactsText';

/**
 * Any CSV: which column holds what. Prefilled with what the preview used (remembered for this
 * header, or suggested from the column names); each change previews the file again.
 */
export function ColumnMapping({ header, mapping, disabled }: { header: string[]; mapping: CsvMapping; disabled: boolean }) {
  const setContactsColumn = useAppStore((s) => s.setContactsColumn);
  const remember = useAppStore((s) => s.contactsRun.rememberMapping);
  const setRememberMapping = useAppStore((s) => s.setRememberMapping);
  return (
    <section className="contacts-mapping" aria-labelledby="contacts-mapping-title">
      <h4 id="contacts-mapping-title">Columns</h4>
      <p className="muted">Say what each column of the file holds; columns set to Ignore are left out. The preview follows each change.</p>
      <table className="contacts-mapping-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Holds</th>
          </tr>
        </thead>
        <tbody>
          {header.map((column, i) => {
            const value = mapping[column] ?? 'ignore';
            return (
              <tr key={`${column}-${i}`} className={value === 'ignore' ? 'is-ignored' : undefined}>
                <th scope="row" className="mono">
                  {column || <span className="muted">(no name)</span>}
                </th>
                <td>
                  <select aria-label={`Column ${column || i + 1}`} value={value} disabled={disabled} onChange={(e) => setContactsColumn(column, e.target.value as CsvMapping[string])}>
                    {CSV_FIELD_LIST.map((field) => (
                      <option key={field} value={field}>
                        {CSV_FIELD_LABELS[field]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="inline-check">
        <input type="checkbox" checked={remember} onChange={(e) => setRememberMapping(e.target.checked)} />
        Remember this mapping for files like this
      </label>
    </section>
  );
}
