import { CourseBreadcrumb } from '../../app/CourseBreadcrumb';
import { StatusMessage } from '../../app/StatusMessage';
import { useChannel } from '../../app/useChannel';
import { useScreenFocus } from '../../app/useScreenFocus';
import { ModuleReader } from './ModuleReader';

/** A module to read: loads it with modules.read, then hands it to the reader. */
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
  const headingRef = useScreenFocus<HTMLHeadingElement>(`module-loading:${courseId}:${moduleId}`);
  if (reading.status !== 'ready') {
    return (
      <>
        <CourseBreadcrumb courseId={courseId} />
        <h1 ref={headingRef} tabIndex={-1}>
          Module
        </h1>
        <StatusMessage state={reading} what="this module" />
      </>
    );
  }
  return <ModuleReader reading={reading.value} anchor={anchor} />;
}
