import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { CustomField } from '../../../custom-fields/custom-fields.contract.ts';
import type { CustomValueType } from '../../../custom-fields/web/custom-values.ts';
import { useCustomFields } from '../../../custom-fields/web/useCustomFields.ts';

function formatValue(intl: IntlShape, field: CustomField, value: CustomValueType): ReactNode {
  if (Array.isArray(value)) return intl.formatList(value);
  if (typeof value === 'boolean') {
    return intl.formatMessage({ id: value ? 'customFields.yes' : 'customFields.no' });
  }
  if (field.kind === 'date' && typeof value === 'string') {
    return intl.formatDate(value, { dateStyle: 'long', timeZone: 'UTC' });
  }
  if (field.kind === 'number' && typeof value === 'number') return intl.formatNumber(value);
  if (field.kind === 'url' && typeof value === 'string' && /^https?:\/\//i.test(value)) {
    return (
      <Anchor href={value} target="_blank" rel="noopener noreferrer">
        {value}
      </Anchor>
    );
  }
  return String(value);
}

/** A person's values in the association's own fields, as rows of the details list. */
export function CustomValuesDetails({ values }: { values: Record<string, CustomValueType> }) {
  const intl = useIntl();
  const fields = useCustomFields();
  const shown = (fields.data?.items ?? []).filter((field) => values[field.id] !== undefined);
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map((field) => (
        <div className="details-row" key={field.id}>
          <dt>{field.label}</dt>
          <dd>{formatValue(intl, field, values[field.id]!)}</dd>
        </div>
      ))}
    </>
  );
}
