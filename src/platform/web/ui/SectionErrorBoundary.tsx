import { Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * Catches one section that another feature contributes to a page (a slot), so that a section
 * failing to render says so in one line and the page around it stays.
 */
export class SectionErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Text size="sm" c="dimmed" role="status">
        <FormattedMessage id="error.sectionFailed" />
      </Text>
    );
  }
}
