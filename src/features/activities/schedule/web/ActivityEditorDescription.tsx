import { Text, Textarea, Typography } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { EditorSectionProps } from './activity-editor-form.ts';

/**
 * The description in Markdown. The preview is the server's own sanitized rendering of the saved
 * text (the contract has no preview of unsaved text), so it says when it is behind the field.
 */
export function ActivityEditorDescription({
  values,
  set,
  errorFor,
  savedHtml,
  savedSource,
}: EditorSectionProps & { savedHtml: string | null; savedSource: string | null }) {
  const intl = useIntl();
  return (
    <>
      <Textarea
        label={intl.formatMessage({ id: 'activities.field.description' })}
        description={intl.formatMessage({ id: 'activities.editor.markdownHint' })}
        autosize
        minRows={5}
        maxRows={20}
        value={values.description}
        onChange={(event) => set({ description: event.currentTarget.value })}
        error={errorFor('description')}
        maxLength={20000}
      />
      {savedHtml && (
        <details>
          <summary>
            <FormattedMessage id="activities.editor.preview" />
          </summary>
          {savedSource !== values.description && (
            <Text size="sm" c="dimmed" mt="xs">
              <FormattedMessage id="activities.editor.previewBehind" />
            </Text>
          )}
          <Typography mt="xs">
            {/* Sanitized by the server's Markdown renderer (raw HTML escaped, unsafe links refused). */}
            <div dangerouslySetInnerHTML={{ __html: savedHtml }} />
          </Typography>
        </details>
      )}
    </>
  );
}
