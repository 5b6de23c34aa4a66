import { ActionFeedback } from '../../ui/ActionFeedback';
import { fontSizeChoices, themeChoices } from '../../ui/displayChoices';
import { useSignedInProfile } from '../../app/ProfileSession';
import { RadioGroup } from '../../ui/RadioGroup';
import { useUpdatePreferences } from '../../app/useUpdatePreferences';

/** Text size and theme, applied to the whole app as soon as they are chosen. */
export function DisplayPreferences() {
  const profile = useSignedInProfile();
  const { state, update } = useUpdatePreferences();
  return (
    <section aria-labelledby="settings-display">
      <h2 id="settings-display">Display</h2>
      <RadioGroup
        legend="Text size"
        name="font-size"
        choices={fontSizeChoices}
        value={profile.preferences.fontSize}
        onChange={(fontSize) => update({ fontSize })}
      />
      <RadioGroup
        legend="Theme"
        name="theme"
        choices={themeChoices}
        value={profile.preferences.theme}
        onChange={(theme) => update({ theme })}
      />
      <ActionFeedback state={state} />
    </section>
  );
}
