import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../main/contract/channels';
import { isTrustedSender } from '../../../main/desktop/senderPolicy';
import { isAppUrl, isExternalLink } from '../../../main/desktop/appOrigin';
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

  it('recognises app URLs and https-only external links', () => {
    expect(isAppUrl('app://ce-player/#/course/x')).toBe(true);
    expect(isAppUrl('app://other/')).toBe(false);
    expect(isExternalLink('https://example.org/')).toBe(true);
    for (const url of [
      'http://example.org/',
      'file:///c:/x',
      'javascript:alert(1)',
      'smb://host/share',
      'nonsense',
    ]) {
      expect(isExternalLink(url)).toBe(false);
    }
  });
});
