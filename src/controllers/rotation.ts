/**
 * Automatic rotation after the W3C APG carousel pattern. `playing` is the visitor's (or the
 * author's) choice; a pointer resting over the element, the element being off screen and a
 * hidden tab only hold it. One setTimeout at a time, dropped while held and re-armed for a
 * full interval after each update, so a tab that comes back shows the next item after a
 * full interval: never a burst. Under `prefers-reduced-motion: reduce` rotation never starts
 * by itself and stops when the visitor asks for it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

export interface RotationOptions {
  /** Milliseconds between steps (already checked by the element). */
  interval: () => number;
  /** Shows the next item. */
  step: () => void;
}

export class RotationController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RotationOptions;
  #playing = false;
  #hovered = false;
  #offscreen = false;
  #timer?: ReturnType<typeof setTimeout>;
  // Created on connect: none of these exist where the element is rendered on a server.
  #motion?: MediaQueryList;
  #observer?: IntersectionObserver;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RotationOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether rotation is on (even while held by hover, being off screen or a hidden tab). */
  get playing() {
    return this.#playing;
  }

  /** Turns rotation on or off, as the visitor or the author asked; asks the host to render. */
  set playing(on: boolean) {
    this.#playing = on;
    this.#arm();
    this.#host.requestUpdate();
  }

  /** The author's `autoplay`: on, unless the visitor asked their system for reduced motion. */
  autoplay(on: boolean) {
    this.#playing = on && !this.#reducedMotion;
  }

  /** A mouse or pen resting over the element holds rotation (a touch "hover" is a tap). */
  hover(on: boolean) {
    this.#hovered = on;
    this.#arm();
  }

  /**
   * Whether the visitor asked their system for reduced motion: the query made on connect,
   * before any update (never, where the element is rendered on a server).
   */
  get #reducedMotion() {
    return !!this.#motion?.matches;
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.#arm);
    (this.#motion ??= matchMedia(REDUCED_MOTION)).addEventListener('change', this.#handleMotion);
    this.#observer ??= new IntersectionObserver(([entry]) => {
      this.#offscreen = !entry.isIntersecting;
      this.#arm();
    });
    this.#observer.observe(this.#host);
    this.#arm();
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.#arm);
    this.#motion?.removeEventListener('change', this.#handleMotion);
    this.#observer?.disconnect();
    // A removed element gets no pointerleave.
    this.#hovered = false;
    this.#arm();
  }

  // A new interval, a new item or another choice: a full interval from now.
  hostUpdated() {
    this.#arm();
  }

  #handleMotion = () => {
    if (this.#reducedMotion) this.playing = false;
  };

  /** Arms the next step when rotation is on and nothing holds it; else disarms. */
  #arm = () => {
    clearTimeout(this.#timer);
    if (this.#playing && !this.#hovered && !this.#offscreen && !document.hidden && this.#host.isConnected) {
      this.#timer = setTimeout(() => {
        this.#options.step();
        this.#arm();
      }, this.#options.interval());
    }
  };
}
