import { useEffect } from 'react';
import { AttemptScreen } from '../screens/attempt/AttemptScreen';
import { AttestationScreen } from '../screens/attestation/AttestationScreen';
import { CourseCertificateScreen } from '../screens/certificate/CourseCertificateScreen';
import { IssuedCertificateScreen } from '../screens/certificate/IssuedCertificateScreen';
import { CourseScreen } from '../screens/course/CourseScreen';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { EvaluationScreen } from '../screens/evaluation/EvaluationScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { ProfilesScreen } from '../screens/profiles/ProfilesScreen';
import { ReaderScreen } from '../screens/reader/ReaderScreen';
import { ReferencesScreen } from '../screens/references/ReferencesScreen';
import { SearchScreen } from '../screens/search/SearchScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { TranscriptScreen } from '../screens/transcript/TranscriptScreen';
import { VerifyScreen } from '../screens/verify/VerifyScreen';
import { useProfileSession } from './ProfileSession';
import { ReturnToLastPlace } from './ReturnToLastPlace';
import { isPublicRoute, navigate, pageKey, type Route } from './routes';

function SignedInScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'profiles':
      return <ReturnToLastPlace />;
    case 'library':
      return <LibraryScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'course':
      return <CourseScreen courseId={route.courseId} />;
    case 'module':
      return <ReaderScreen courseId={route.courseId} moduleId={route.moduleId} anchor={route.anchor} />;
    case 'references':
      return <ReferencesScreen courseId={route.courseId} anchor={route.anchor} />;
    case 'search':
      return <SearchScreen courseId={route.courseId} query={route.query} />;
    case 'dashboard':
      return <DashboardScreen courseId={route.courseId} />;
    case 'evaluation':
      return <EvaluationScreen courseId={route.courseId} />;
    case 'attestation':
      return <AttestationScreen courseId={route.courseId} />;
    case 'certificate':
      return <CourseCertificateScreen courseId={route.courseId} />;
    case 'attempt':
      return <AttemptScreen attemptId={route.attemptId} />;
    case 'transcript':
      return <TranscriptScreen />;
    case 'issued-certificate':
      return <IssuedCertificateScreen certificateId={route.certificateId} />;
    case 'verify':
      return <VerifyScreen />;
  }
}

/**
 * The screen for the current route. Nobody signed in: the profile screen, whatever the address, except the
 * screens anyone may use (verifying a certificate). Signed in: the app's own address (the profile screen's) returns
 * the learner to the module they last read, at its saved position, or to the library.
 */
export function RouteView({ route }: { route: Route }) {
  const { profile } = useProfileSession();
  const signedIn = profile !== null;
  const open = isPublicRoute(route);
  useEffect(() => {
    if (!signedIn && !open) navigate({ screen: 'profiles' }, { replace: true });
  }, [signedIn, open]);
  if (!signedIn) return route.screen === 'verify' ? <VerifyScreen /> : <ProfilesScreen />;
  return <SignedInScreen key={pageKey(route)} route={route} />;
}
