import { useEffect } from 'react';
import type { LearnerProfileView } from '../../../main/contract/profileSchemas';

/** A learner's display choices. */
export type Preferences = LearnerProfileView['preferences'];

/**
 * Applies a learner's text size and theme to the whole app, as `data-font-size` and `data-theme` on <html>
 * (app.css turns them into CSS variables). Without a profile the app follows the system with medium text.
 */
export function usePreferences(preferences: Preferences | null): void {
  const fontSize = preferences?.fontSize ?? 'medium';
  const theme = preferences?.theme ?? 'system';
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.fontSize = fontSize;
    root.dataset.theme = theme;
  }, [fontSize, theme]);
}
