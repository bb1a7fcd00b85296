// The readers of a webmaster's HTML, on fragments that are never rendered.
import {expect} from '@open-wc/testing';
import {readIdeas, readQuotes, readStory, readWebinar} from '../../src/content/readers.js';

/** A detached element holding `markup`, parsed as a page would (test-only HTML). */
function root(markup: string) {
  const template = document.createElement('template');
  template.innerHTML = `<div>${markup}</div>`;
  return template.content.firstElementChild!;
}

const noWarn = () => {
  throw new Error('unexpected warning');
};

describe('readStory', () => {
  it('reads the heading, link, summary paragraph, image and date', () => {
    const [story] = readStory(
      root(`<h3>Toronto The Good</h3>
        <p><a href="/more">More</a></p>
        <p>A city that works.</p>
        <img src="/t.jpg" alt="Toronto">
        <p><span class="author">Kim Turner</span> · <time datetime="2019-03-01">March 1</time></p>`),
      noWarn
    );
    expect(story).to.deep.equal({
      title: 'Toronto The Good',
      url: '/more',
      summary: 'A city that works.',
      image: '/t.jpg',
      imageAlt: 'Toronto',
      author: 'Kim Turner',
      date: '2019-03-01',
    });
  });

  it('takes the link text as title without a heading, and reads nothing without either', () => {
    expect(readStory(root('<a href="/s">Title in the link</a>'), noWarn)).to.have.nested.property(
      '[0].title',
      'Title in the link'
    );
    expect(readStory(root('<p>Just text</p>'), noWarn)).to.deep.equal([]);
  });
});

describe('readWebinar', () => {
  it('tells the video link from the page link, and reads speakers', () => {
    const [webinar] = readWebinar(
      root(`<h3>Inclusion</h3>
        <a href="https://www.youtube.com/watch?v=abcdefghijk">Watch</a>
        <a href="/webinars/inclusion">About</a>
        <p><time datetime="2019-05-22T10:00:00-04:00">May 22</time> · <time datetime="PT1H15M">75 min</time></p>
        <ul><li>Sarah Spencer</li><li>Jan Braat</li></ul>`),
      noWarn
    );
    expect(webinar).to.deep.include({
      title: 'Inclusion',
      url: '/webinars/inclusion',
      video: 'https://www.youtube.com/watch?v=abcdefghijk',
      date: '2019-05-22T10:00:00-04:00',
      durationMinutes: 75,
      speakers: ['Sarah Spencer', 'Jan Braat'],
    });
  });

  it('warns about an image from the video host, which the parser has fetched already', () => {
    const warnings: string[] = [];
    readWebinar(root('<h3>T</h3><img src="https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg" alt="">'), (w) =>
      warnings.push(w)
    );
    expect(warnings).to.deep.equal([
      'an <img> child loads "https://i.ytimg.com/vi/abcdefghijk/hqdefault.jpg" from the video host before play: use an image of your own site',
    ]);
    expect(readWebinar(root('<h3>T</h3><img src="/poster.jpg" alt="">'), noWarn)).to.have.nested.property(
      '[0].poster',
      '/poster.jpg'
    );
  });

  it('reads an iframe of the video host as the video', () => {
    const [webinar] = readWebinar(
      root('<h3>T</h3><iframe src="https://www.youtube.com/embed/abcdefghijk"></iframe>'),
      () => {}
    );
    expect(webinar).to.have.property('video', 'https://www.youtube.com/embed/abcdefghijk');
  });
});

describe('readQuotes', () => {
  it('reads the author from a <cite> in the footer and the role from the rest, without dashes', () => {
    const quotes = readQuotes(
      root(`<blockquote lang="en" cite="https://example.org/q">
          <p>Immigrants are a positive force.</p>
          <footer>— <cite>Jussi Pajunen</cite>, Mayor of Helsinki</footer>
        </blockquote>
        <blockquote><p>Diversity is our strength.</p><cite>John Tory, Mayor of Toronto</cite></blockquote>`),
      noWarn
    ) as Record<string, string>[];
    expect(quotes[0]).to.include({
      author: 'Jussi Pajunen',
      role: 'Mayor of Helsinki',
      url: 'https://example.org/q',
      lang: 'en',
    });
    expect(quotes[0].text.trim()).to.equal('Immigrants are a positive force.');
    expect(quotes[1]).to.include({author: 'John Tory', role: 'Mayor of Toronto'});
  });
});

describe('readIdeas', () => {
  it('reads each li or article with a link, and its data attributes', () => {
    const ideas = readIdeas(
      root(`<ul>
          <li data-city="Montréal" data-country="Canada" data-themes="Work, Welcoming" data-lat="45.5" id="mtl">
            <h3><a href="/i/mtl">Intégration</a></h3>
            <p>A plan.</p>
            <ul><li><a href="/nested">not an idea</a></li></ul>
          </li>
          <li>No link: not an idea</li>
        </ul>
        <article data-city="Bilbao" data-country="Spain" lang="es"><a href="/i/bilbao">Bilbao</a></article>`),
      noWarn
    ) as Record<string, unknown>[];
    expect(ideas).to.have.length(2);
    expect(ideas[0]).to.deep.include({
      id: 'mtl',
      title: 'Intégration',
      url: '/i/mtl',
      summary: 'A plan.',
      city: 'Montréal',
      country: 'Canada',
      themes: ['Work', ' Welcoming'],
      lat: '45.5',
    });
    expect(ideas[1]).to.deep.include({id: '/i/bilbao', title: 'Bilbao', city: 'Bilbao', lang: 'es'});
  });
});
