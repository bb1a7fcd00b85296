/**
 * Automatic rotation that respects the visitor, after the W3C APG carousel pattern:
 * - `playing` is the visitor's (or author's) choice; only `start()` / `stop()` change it.
 *   Keyboard focus entering the host stops it for good (WCAG 2.2.2): only play resumes.
 * - While playing, rotation also holds while the pointer is over the host, while the host
 *   is off screen and while the tab is hidden: those are pauses, not stops.
 * - `prefers-reduced-motion: reduce` means no automatic start.
 * - One setTimeout at a time, re-armed after each step and dropped during a pause, so a
 *   tab that comes back shows the next quote after a full interval: never a burst.
 * Everything is released on disconnect and re-armed on reconnect.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export interface AutoplayOptions {
  /** Milliseconds between steps. */
  interval: () => number;
  /** Called for each automatic step. */
  step: () => void;
}

type Pause = 'pointer' | 'offscreen' | 'hidden';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class AutoplayController implements ReactiveController {
  private _playing = false;
  private readonly pauses = new Set<Pause>();
  private timer?: ReturnType<typeof setTimeout>;
  private observer?: IntersectionObserver;
  private motionQuery?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AutoplayOptions
  ) {
    host.addController(this);
  }

  /** Whether rotation is on (it may still be paused by hover, visibility or scrolling). */
  get playing() {
    return this._playing;
  }

  /** Turns rotation on, unless the visitor asked for reduced motion and `force` is false. */
  start(force = true) {
    if (!force && reducedMotion()) return;
    this.set(true);
  }

  /** Turns rotation off until `start()`. */
  stop() {
    this.set(false);
  }

  /** Restarts the wait after a manual step or an interval change. */
  restart() {
    this.schedule();
  }

  hostConnected() {
    const host = this.host;
    host.addEventListener('pointerenter', this.onPointerEnter);
    host.addEventListener('pointerleave', this.onPointerLeave);
    host.addEventListener('focusin', this.onFocusIn);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
    this.motionQuery.addEventListener('change', this.onMotion);
    this.observer = new IntersectionObserver(([entry]) =>
      this.pause('offscreen', !entry.isIntersecting)
    );
    this.observer.observe(host);
    this.onVisibility();
    this.schedule();
  }

  hostDisconnected() {
    const host = this.host;
    host.removeEventListener('pointerenter', this.onPointerEnter);
    host.removeEventListener('pointerleave', this.onPointerLeave);
    host.removeEventListener('focusin', this.onFocusIn);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.motionQuery?.removeEventListener('change', this.onMotion);
    this.observer?.disconnect();
    this.observer = undefined;
    this.pauses.clear();
    this.clear();
  }

  private set(playing: boolean) {
    if (playing === this._playing) return;
    this._playing = playing;
    this.schedule();
    this.host.requestUpdate();
  }

  private pause(reason: Pause, on: boolean) {
    if (on === this.pauses.has(reason)) return;
    if (on) this.pauses.add(reason);
    else this.pauses.delete(reason);
    this.schedule();
  }

  private clear() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule() {
    this.clear();
    if (!this._playing || this.pauses.size || !this.host.isConnected) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.options.step();
      this.schedule();
    }, this.options.interval());
  }

  // Touch "hover" is a tap: only a mouse or pen resting over the quotes pauses them.
  private onPointerEnter = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') this.pause('pointer', true);
  };

  private onPointerLeave = () => this.pause('pointer', false);

  // APG: keyboard focus stops rotation. A mouse click focuses a button too, without
  // :focus-visible; the button's own action decides then.
  private onFocusIn = (e: FocusEvent) => {
    const target = e.composedPath()[0] as Element;
    if (target instanceof Element && target.matches(':focus-visible')) this.stop();
  };

  private onVisibility = () => this.pause('hidden', document.visibilityState === 'hidden');

  private onMotion = () => {
    if (reducedMotion()) this.stop();
  };
}
