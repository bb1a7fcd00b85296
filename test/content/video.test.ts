import {expect} from '@open-wc/testing';
import {embedUrl, isVideoHostUrl, parseVideo} from '../../src/content/video.js';

const YT = 'aBcD3fG_i-k';

describe('parseVideo: YouTube', () => {
  // A start time (t=, start=, #t=) is not read: the id is what counts.
  const forms = [
    `https://www.youtube.com/watch?v=${YT}`,
    `https://youtube.com/watch?feature=share&v=${YT}`,
    `http://m.youtube.com/watch?v=${YT}&t=90`,
    `https://www.youtube.com/watch?v=${YT}#t=2m`,
    `https://youtu.be/${YT}`,
    `https://youtu.be/${YT}?si=Xy12&t=1h2m3s`,
    `https://www.youtube.com/embed/${YT}`,
    `https://www.youtube.com/embed/${YT}?start=30&rel=0`,
    `https://www.youtube-nocookie.com/embed/${YT}?start=12`,
    `https://www.youtube.com/shorts/${YT}`,
    `https://www.youtube.com/live/${YT}?feature=shared&t=600`,
    `  https://WWW.YouTube.com/watch?v=${YT}  `,
  ];
  for (const url of forms) {
    it(url.trim(), () => expect(parseVideo(url)).to.deep.equal({host: 'youtube', id: YT}));
  }
});

describe('parseVideo: Vimeo', () => {
  const forms: [string, object][] = [
    ['https://vimeo.com/76979871', {host: 'vimeo', id: '76979871'}],
    ['https://www.vimeo.com/76979871?share=copy', {host: 'vimeo', id: '76979871'}],
    ['https://vimeo.com/76979871#t=1m30s', {host: 'vimeo', id: '76979871'}],
    ['https://vimeo.com/76979871/0A1b2c3d4e', {host: 'vimeo', id: '76979871', hash: '0a1b2c3d4e'}],
    ['https://player.vimeo.com/video/76979871', {host: 'vimeo', id: '76979871'}],
    [
      'https://player.vimeo.com/video/76979871?h=0a1b2c3d4e&badge=0#t=75s',
      {host: 'vimeo', id: '76979871', hash: '0a1b2c3d4e'},
    ],
    ['https://vimeo.com/channels/staffpicks/76979871', {host: 'vimeo', id: '76979871'}],
    ['https://vimeo.com/showcase/123/video/76979871', {host: 'vimeo', id: '76979871'}],
    ['https://vimeo.com/groups/cities/videos/76979871', {host: 'vimeo', id: '76979871'}],
  ];
  for (const [url, expected] of forms) {
    it(url, () => expect(parseVideo(url)).to.deep.equal(expected));
  }
});

describe('parseVideo: anything else is not a video we embed', () => {
  const refused = [
    undefined,
    '',
    'not a url',
    '/videos/webinar.mp4',
    `//www.youtube.com/watch?v=${YT}`,
    `javascript:alert(1)//youtube.com/watch?v=${YT}`,
    `ftp://www.youtube.com/watch?v=${YT}`,
    `https://www.youtube.com.evil.example/watch?v=${YT}`,
    `https://evil.example/www.youtube.com/watch?v=${YT}`,
    `https://www.youtube.com@evil.example/watch?v=${YT}`,
    `https://notyoutube.com/watch?v=${YT}`,
    `https://www.youtube.com/watch?v=${YT.slice(0, 10)}`,
    `https://www.youtube.com/watch?v=${YT}x`,
    `https://www.youtube.com/watch?v=${YT.slice(0, 10)}"`,
    `https://www.youtube.com/watch?v=${YT.slice(0, 10)}%3C`,
    `https://www.youtube.com/embed/${YT}/../../evil`,
    `https://www.youtube.com/embed/${YT}%22onload=alert(1)`,
    'https://www.youtube.com/watch',
    'https://www.youtube.com/playlist?list=PL123',
    `https://www.youtube.com/channel/${YT}`,
    'https://vimeo.com/',
    'https://vimeo.com/abc',
    'https://vimeo.com/76979871/not-a-hash!',
    'https://player.vimeo.com/video/76979871?h=zz<script>',
    'https://player.vimeo.com/video/abc',
    'https://vimeo.com.evil.example/76979871',
    'https://vimeo.com/event/12345/embed/extra',
    'https://example.org/video.mp4',
  ];
  for (const url of refused) {
    it(String(url), () => expect(parseVideo(url)).to.equal(undefined));
  }
});

describe('embedUrl', () => {
  it('builds a YouTube no-cookie player in the page language', () => {
    const url = new URL(embedUrl({host: 'youtube', id: YT}, 'fr-CA'));
    expect(url.origin).to.equal('https://www.youtube-nocookie.com');
    expect(url.pathname).to.equal(`/embed/${YT}`);
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      autoplay: '1',
      hl: 'fr-CA',
      cc_lang_pref: 'fr',
      cc_load_policy: '1',
      rel: '0',
      playsinline: '1',
    });
    expect(url.hash).to.equal('');
  });

  it('builds a Vimeo player with Do Not Track and captions in the page language', () => {
    const url = new URL(embedUrl({host: 'vimeo', id: '76979871', hash: '0a1b2c3d4e'}, 'fr'));
    expect(url.origin).to.equal('https://player.vimeo.com');
    expect(url.pathname).to.equal('/video/76979871');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      h: '0a1b2c3d4e',
      dnt: '1',
      autoplay: '1',
      texttrack: 'fr',
    });
    expect(url.hash).to.equal('');
    expect(new URL(embedUrl({host: 'vimeo', id: '1'}, 'en')).search).to.equal('?dnt=1&autoplay=1&texttrack=en');
  });

  it('never carries a language tag it did not check', () => {
    const url = new URL(embedUrl({host: 'youtube', id: YT}, 'en&autoplay=0"><x'));
    expect(url.searchParams.get('hl')).to.equal('en');
    expect(url.searchParams.getAll('autoplay')).to.deep.equal(['1']);
  });

  it('refuses an id that did not come from parseVideo', () => {
    expect(() => embedUrl({host: 'youtube', id: '../../evil?x'}, 'en')).to.throw();
    expect(() => embedUrl({host: 'vimeo', id: '1/../../x'}, 'en')).to.throw();
    expect(() => embedUrl({host: 'vimeo', id: '1', hash: 'x&y=z'}, 'en')).to.throw();
  });
});

describe('isVideoHostUrl', () => {
  it('knows the video services’ page, player, thumbnail and media hosts', () => {
    for (const url of [
      'https://i.ytimg.com/vi/x/hqdefault.jpg',
      'https://img.youtube.com/vi/x/0.jpg',
      'https://youtu.be/x',
      'https://www.youtube-nocookie.com/embed/x',
      'https://i.vimeocdn.com/video/1.jpg',
      'https://player.vimeo.com/video/1',
      'https://YTIMG.com./x.jpg',
      'https://yt3.googleusercontent.com/ytc/channel=s88',
      'https://lh3.googleusercontent.com/a/photo',
      'https://youtube.googleapis.com/v/x',
      'https://www.gstatic.com/youtube/img/branding/logo.png',
    ]) {
      expect(isVideoHostUrl(url), url).to.be.true;
    }
    for (const url of [
      '/poster.jpg',
      'https://example.org/ytimg.com.jpg',
      'https://notvimeo.com/x',
      'https://ytimg.com.evil.example/x',
      'https://www.gstatic.com/images/branding/logo.png',
      'https://googleusercontent.com.evil.example/x',
    ]) {
      expect(isVideoHostUrl(url), url).to.be.false;
    }
  });
});
