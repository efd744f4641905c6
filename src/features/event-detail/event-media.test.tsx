import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { EventMedia, videoOf } from './event-media.tsx';

test('recognises YouTube and Vimeo links and plays them from privacy-minded players', () => {
  expect(videoOf('https://www.youtube.com/watch?v=dQw4w9WgXcQ')?.embed).toBe(
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
  );
  expect(videoOf('https://youtu.be/dQw4w9WgXcQ')?.site).toBe('YouTube');
  expect(videoOf('https://vimeo.com/76979871')?.embed).toBe(
    'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
  );
  expect(videoOf('https://example.org/watch?v=dQw4w9WgXcQ')).toBeNull();
});

test('loads nothing from the video site until the reader asks for the video', async () => {
  const user = userEvent.setup();
  const { container } = render(
    <EventMedia
      media={{
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        caption: 'The call',
        credit: 'AP',
      }}
      title="A call"
    />,
  );
  expect(container.querySelector('iframe')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
  expect(screen.getByText('The call — AP')).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Play the video (loads from YouTube)' }));
  const player = screen.getByTitle('Video: The call');
  expect(player).toHaveAttribute(
    'src',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
  );
});

test('shows an image with its alt text, and nothing for an unsafe address', () => {
  render(
    <EventMedia
      media={{ url: 'https://example.org/p.jpg', alt: 'Two men shake hands' }}
      title="x"
    />,
  );
  expect(screen.getByRole('img', { name: 'Two men shake hands' })).toHaveAttribute(
    'src',
    'https://example.org/p.jpg',
  );
  const { container } = render(<EventMedia media={{ url: 'javascript:alert(1)' }} title="x" />);
  expect(container).toBeEmptyDOMElement();
});
