import { ColorSwatch, Group, Input } from '@mantine/core';
import { useIntl } from 'react-intl';
import { tagPalette, textColourOn } from './tag-colour.ts';

/**
 * The palette as a radio group: arrow keys move between colours, each colour is named.
 * A colour chosen before (outside the palette) stays on offer.
 */
export function ColourChoice({
  label,
  value,
  onChange,
  name,
}: {
  /** Already translated. */
  label: string;
  value: string;
  onChange: (colour: string) => void;
  /** Radio group name, unique on the page. */
  name: string;
}) {
  const intl = useIntl();
  const options: { colour: string; label: string }[] = tagPalette.map((item) => ({
    colour: item.colour,
    label: intl.formatMessage({ id: item.name }),
  }));
  if (!options.some((option) => option.colour === value)) {
    options.unshift({ colour: value, label: intl.formatMessage({ id: 'tags.colour.current' }) });
  }
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
