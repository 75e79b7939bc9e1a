import { describe, expect, it } from 'vitest';
import { hostOutlet, titleOutlet } from '../../../lib/claims/outlet';

describe('the outlet of a page that names it nowhere but its title', () => {
  it('takes the site name the title ends with when it is the host’s own name', () => {
    const url = 'https://www.wirepulse.example/news/story';
    expect(titleOutlet('Drone Strikes Escalate | WirePulse', url)).toBe('WirePulse');
    expect(
      titleOutlet(
        'Drones over Moscow - The Washington Courier',
        'https://washingtoncourier.example/a',
      ),
    ).toBe('The Washington Courier');
    expect(titleOutlet('Kyiv toll rises — BBC', 'https://www.bbc.co.uk/news/1')).toBe('BBC');
  });

  it('takes nothing that is not the host’s name, or a title with no site part', () => {
    const url = 'https://www.wirepulse.example/news/story';
    expect(titleOutlet('Drone strikes | Live updates', url)).toBeNull();
    expect(titleOutlet('WirePulse', url)).toBeNull();
    expect(titleOutlet('Story | WirePulse', 'notaurl')).toBeNull();
    expect(titleOutlet(null, url)).toBeNull();
    expect(hostOutlet(url)).toBe('wirepulse.example');
  });
});
