import { ActionFeedback } from '../../ui/ActionFeedback';
import { fontSizeLabel, stepFontSize } from '../../ui/displayChoices';
import { useSignedInProfile } from '../../app/ProfileSession';
import { useUpdatePreferences } from '../../app/useUpdatePreferences';

/** Quick controls while reading: text size (the learner's saved preference), bookmark the section, print. */
export function ReaderToolbar({
  onBookmark,
  bookmarkBusy,
}: {
  onBookmark: () => void;
  bookmarkBusy: boolean;
}) {
  const profile = useSignedInProfile();
  const { state, update } = useUpdatePreferences();
  const size = profile.preferences.fontSize;
  const smaller = stepFontSize(size, -1);
  const larger = stepFontSize(size, 1);
  return (
    <div className="reader-toolbar" role="group" aria-label="Reading tools">
      <div className="text-size" role="group" aria-label="Text size">
        <button
          type="button"
          aria-disabled={smaller === null || undefined}
          onClick={() => smaller && update({ fontSize: smaller })}
        >
          A−<span className="visually-hidden"> smaller text</span>
        </button>
        <span className="text-size-value" aria-live="polite">
          Text: {fontSizeLabel(size)}
        </span>
        <button
          type="button"
          aria-disabled={larger === null || undefined}
          onClick={() => larger && update({ fontSize: larger })}
        >
          A+<span className="visually-hidden"> larger text</span>
        </button>
      </div>
      <button
        type="button"
        aria-disabled={bookmarkBusy || undefined}
        onClick={() => !bookmarkBusy && onBookmark()}
      >
        {bookmarkBusy ? 'Saving…' : 'Bookmark this section'}
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
      {state.status === 'failed' && <ActionFeedback state={state} />}
    </div>
  );
}
