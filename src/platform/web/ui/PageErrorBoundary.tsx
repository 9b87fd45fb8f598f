import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

interface State {
  hasError: boolean;
}

/**
 * Catches a page that fails to render or whose code fails to load (typically an old tab after
 * an update, asking for files that no longer exist); offers a reload instead of a blank screen.
 * Give it `key={pathname}` so moving to another page starts afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { hasError: false };

  static getDerivedStateFromError(): State {
    return { hasError: true };
  }

  override render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <Alert color="red" variant="light" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            <FormattedMessage id="error.pageFailed" />
          </Text>
          <Button size="xs" variant="default" onClick={() => window.location.reload()}>
            <FormattedMessage id="error.reload" />
          </Button>
        </Stack>
      </Alert>
    );
  }
}
