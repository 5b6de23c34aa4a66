import { useId, useState } from 'react';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { CourseImportForm } from './CourseImportForm';

/** Whether this session may import, asked when the learner opens "Manage courses"; then the forms, or why not. */
function ImportPanel({ onImported }: { onImported: () => void }) {
  const policy = useChannel('courses.importPolicy', {}, 'import-policy');
  if (policy.status !== 'ready')
    return <StatusMessage state={policy} what="whether courses may be imported" />;
  if (!policy.value.allowed) {
    return (
      <p className="notice notice-warning" role="status">
        {policy.value.reason}
      </p>
    );
  }
  return <CourseImportForm onImported={onImported} />;
}

/**
 * "Manage courses": importing a course package, kept behind a control of its own so that it does not sit beside the
 * courses a learner studies. A disclosure button, so it opens and closes by keyboard like any button.
 */
export function ManageCourses({ onImported }: { onImported: () => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="manage-courses">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Manage courses
      </button>
      <div id={panelId} hidden={!open}>
        {open && <ImportPanel onImported={onImported} />}
      </div>
    </div>
  );
}
