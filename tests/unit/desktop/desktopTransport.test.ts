import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../main/contract/channels';
import { isTrustedSender } from '../../../main/desktop/senderPolicy';
import { externalLinkTarget, isAppUrl } from '../../../main/desktop/appOrigin';
import { guardNavigation } from '../../../main/desktop/navigationGuard';
import { createContractBridge } from '../../../main/preload/contractBridge';

describe('preload contract bridge', () => {
  it('forwards every contract channel and nothing else', async () => {
    const sent: string[] = [];
    const bridge = createContractBridge((channel) => {
      sent.push(channel);
      return Promise.resolve({ ok: true, value: null });
    });
    for (const name of channelNames) expect((await bridge.invoke(name, {})).ok).toBe(true);
    for (const name of ['ce:invoke', '__proto__', 'fs.readFile', '']) {
      expect(await bridge.invoke(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
    expect(sent).toEqual(channelNames);
  });
});

describe('IPC sender policy', () => {
  const trusted = new Set([7]);
  it('trusts only the top frame of our own window on the app origin', () => {
    expect(isTrustedSender({ contentsId: 7, frameUrl: 'app://ce-player/', isTopFrame: true }, trusted)).toBe(
      true,
    );
    expect(isTrustedSender({ contentsId: 8, frameUrl: 'app://ce-player/', isTopFrame: true }, trusted)).toBe(
      false,
    );
    expect(isTrustedSender({ contentsId: 7, frameUrl: 'app://ce-player/', isTopFrame: false }, trusted)).toBe(
      false,
    );
    expect(
      isTrustedSender({ contentsId: 7, frameUrl: 'https://evil.example/', isTopFrame: true }, trusted),
    ).toBe(false);
    expect(
      isTrustedSender({ contentsId: 7, frameUrl: 'file:///etc/passwd', isTopFrame: true }, trusted),
    ).toBe(false);
    expect(isTrustedSender({ contentsId: 7, frameUrl: null, isTopFrame: true }, trusted)).toBe(false);
  });

  it('recognises app URLs, and opens outside only https links and plain mailto: addresses', () => {
    expect(isAppUrl('app://ce-player/#/course/x')).toBe(true);
    expect(isAppUrl('app://other/')).toBe(false);
    expect(externalLinkTarget('https://example.org/')).toBe('https://example.org/');
    // A course's "write to us" link opens the mail program with the address alone: no parameter (some mail
    // programs attach a local file named by one) reaches it.
    expect(externalLinkTarget('mailto:ce@example.org')).toBe('mailto:ce@example.org');
    expect(externalLinkTarget('mailto:ce@example.org,b@example.org?subject=Hi&attach=/etc/passwd')).toBe(
      'mailto:ce@example.org,b@example.org',
    );
    for (const url of [
      'http://example.org/',
      'file:///c:/x',
      'javascript:alert(1)',
      'smb://host/share',
      'nonsense',
      'mailto:',
      'mailto:?attach=/etc/passwd',
      'mailto:not an address',
      'mailto:a@b.org%0Abcc:x@y.org',
    ]) {
      expect(externalLinkTarget(url), url).toBeNull();
    }
  });
});

describe('window hardening', () => {
  /** The events a window's web contents emits, as Electron would: a navigation that may be prevented. */
  function fakeContents() {
    const listeners = new Map<string, ((event: { url: string; preventDefault(): void }) => void)[]>();
    return {
      on(name: string, listener: (event: { url: string; preventDefault(): void }) => void) {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
        return this;
      },
      setWindowOpenHandler: () => undefined,
      /** Emits `name` for `url`; true when some listener prevented it. */
      navigate(name: string, url: string): boolean {
        let prevented = false;
        const event = { url, preventDefault: () => (prevented = true) };
        for (const listener of listeners.get(name) ?? []) listener(event);
        return prevented;
      },
    };
  }

  it('keeps every frame, not only the top one, on the app: an iframe cannot be navigated elsewhere', () => {
    const contents = fakeContents();
    guardNavigation(contents);
    expect(contents.navigate('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'app://ce-player/#/library')).toBe(false);
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
  });
});
