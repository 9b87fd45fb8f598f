import { ColorSwatch, Group, Input } from '@mantine/core';
import { useIntl } from 'react-intl';
import { tagPalette, textColourOn } from '../../../web/ui/tag-colour.ts';

/** The app's palette as a radio group of named colours; a colour chosen before stays on offer. */
export function CampaignColourChoice({
  value,
  onChange,
  name,
}: {
  value: string;
  onChange: (colour: string) => void;
  name: string;
}) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'campaigns.field.colour' });
  const options: { colour: string; label: string }[] = tagPalette.map((item) => ({
    colour: item.colour,
    label: intl.formatMessage({ id: item.name }),
  }));
  if (!options.some((option) => option.colour === value))
    options.unshift({ colour: value, label: intl.formatMessage({ id: 'tags.colour.current' }) });
  return (
    <Input.Wrapper label={label} labelElement="div">
      <Group gap={6} role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <label key={option.colour} className="colour-option" title={option.label}>
            <input
              type="radio"
              name={name}
              value={option.colour}
              checked={option.colour === value}
              onChange={() => onChange(option.colour)}
              aria-label={option.label}
              className="colour-option-input"
            />
            <ColorSwatch color={option.colour} size={30} c={textColourOn(option.colour)}>
              {option.colour === value ? '✓' : null}
            </ColorSwatch>
          </label>
        ))}
      </Group>
    </Input.Wrapper>
  );
}
