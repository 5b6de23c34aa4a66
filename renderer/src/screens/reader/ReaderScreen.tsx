import { useState } from 'react';
import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { StatusMessage } from '../../ui/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { AcknowledgeDisclosures } from '../course/AcknowledgeDisclosures';
import { ModuleReader } from './ModuleReader';

/**
 * A module to read: loads it with modules.read, then hands it to the reader. A course whose disclosures the
 * learner has not yet acknowledged shows them first, here too, so a link into a module cannot skip them.
 */
export function ReaderScreen({
  courseId,
  moduleId,
  anchor,
}: {
  courseId: string;
  moduleId: string;
  anchor: string | null;
}) {
  const reading = useChannel('modules.read', { courseId, moduleId }, `${courseId}/${moduleId}`);
  const [acknowledged, setAcknowledged] = useState(false);
  const gated = reading.status === 'ready' && reading.value.disclosureToAcknowledge !== null && !acknowledged;
  const headingRef = useScreenFocus<HTMLHeadingElement>(
    `module-loading:${courseId}:${moduleId}:${gated ? 'gated' : reading.status}`,
  );
  if (reading.status !== 'ready' || gated) {
    const disclosure = reading.status === 'ready' ? reading.value.disclosureToAcknowledge : null;
    return (
      <>
        <CourseBreadcrumb courseId={courseId} />
        <h1 ref={headingRef} tabIndex={-1}>
          {disclosure ? 'Before you start this course' : 'Module'}
        </h1>
        {disclosure ? (
          <AcknowledgeDisclosures
            courseId={courseId}
            disclosure={disclosure}
            onAcknowledged={() => setAcknowledged(true)}
          />
        ) : (
          <StatusMessage state={reading} what="this module" />
        )}
      </>
    );
  }
  return <ModuleReader reading={reading.value} anchor={anchor} />;
}
