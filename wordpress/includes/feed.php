<?php
/**
 * The feed, read on the server for the fallback HTML: what search engines and visitors
 * without JavaScript see, and what stays visible if the feed fails in the browser. The
 * element still fetches the feed itself; this copy is only ever rendered as escaped text.
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Feeds larger than this are not read (the elements' own limit). */
const CM_WIDGETS_FEED_MAX_BYTES = 5 * 1024 * 1024;

/**
 * An absolute URL for a feed URL as written in a block or shortcode: relative URLs are
 * resolved against the page that shows them (else the home page).
 *
 * @param string $src A safe (http, https or relative) URL.
 * @return string
 */
function cm_widgets_absolute_url( $src ) {
	if ( preg_match( '#^https?://#i', $src ) ) {
		return $src;
	}
	if ( str_starts_with( $src, '//' ) ) {
		return ( is_ssl() ? 'https:' : 'http:' ) . $src;
	}
	$base = get_permalink();
	if ( ! is_string( $base ) || '' === $base ) {
		$base = home_url( '/' );
	}
	return WP_Http::make_absolute_url( $src, $base );
}

/**
 * The decoded feed at a URL, or null when it cannot be read. Fetched with
 * wp_safe_remote_get (no redirects to private addresses, short timeout, size cap) and kept
 * in a transient: 15 minutes when read, 1 minute after a failure.
 *
 * @param string $src A safe URL (see cm_widgets_safe_url()).
 * @return array|null
 */
function cm_widgets_fetch_feed( $src ) {
	static $memo = array();
	$url = cm_widgets_absolute_url( $src );
	if ( array_key_exists( $url, $memo ) ) {
		return $memo[ $url ];
	}
	$key    = 'cm_widgets_feed_' . md5( $url );
	$cached = get_transient( $key );
	if ( is_array( $cached ) ) {
		$memo[ $url ] = $cached['feed'];
		return $memo[ $url ];
	}
	$response = wp_safe_remote_get(
		$url,
		array(
			'timeout'             => 3,
			'redirection'         => 2,
			'limit_response_size' => CM_WIDGETS_FEED_MAX_BYTES,
			'headers'             => array( 'Accept' => 'application/json, application/feed+json;q=0.9, */*;q=0.1' ),
		)
	);
	$feed = null;
	if ( ! is_wp_error( $response ) && 200 === wp_remote_retrieve_response_code( $response ) ) {
		$body = wp_remote_retrieve_body( $response );
		if ( strlen( $body ) < CM_WIDGETS_FEED_MAX_BYTES ) {
			$decoded = json_decode( $body, true, 64 );
			$feed    = is_array( $decoded ) ? cm_widgets_trim_feed( $decoded ) : null;
		}
	}
	/**
	 * Filters how long a feed read for the fallback HTML is cached, in seconds.
	 *
	 * @param int    $ttl 15 minutes when the feed was read, 1 minute after a failure.
	 * @param string $url The feed URL.
	 */
	$ttl = (int) apply_filters( 'cm_widgets_feed_ttl', null === $feed ? MINUTE_IN_SECONDS : 15 * MINUTE_IN_SECONDS, $url );
	set_transient( $key, array( 'feed' => $feed ), max( 1, $ttl ) );
	$memo[ $url ] = $feed;
	return $feed;
}

/**
 * Keeps the lists the elements read (bare array, or `quotes`, `stories`, `webinars`,
 * `ideas`; a JSON Feed is a stories feed), each cut to what a fallback can show.
 *
 * @param array $decoded The decoded JSON.
 * @return array
 */
function cm_widgets_trim_feed( $decoded ) {
	/**
	 * Filters the most items of one list the fallback HTML shows (and the cache keeps).
	 *
	 * @param int $max Default 200.
	 */
	$max = max( 1, (int) apply_filters( 'cm_widgets_fallback_max_items', 200 ) );
	if ( array_is_list( $decoded ) ) {
		return array( 'items' => array_slice( $decoded, 0, $max ) );
	}
	if ( isset( $decoded['version'] ) && is_string( $decoded['version'] ) && str_starts_with( $decoded['version'], 'https://jsonfeed.org/version/1' ) ) {
		return array( 'stories' => array_map( 'cm_widgets_story_from_json_feed', array_slice( (array) ( $decoded['items'] ?? array() ), 0, $max ) ) );
	}
	$feed = array();
	foreach ( array( 'quotes', 'stories', 'webinars', 'ideas' ) as $list ) {
		if ( isset( $decoded[ $list ] ) && is_array( $decoded[ $list ] ) && array_is_list( $decoded[ $list ] ) ) {
			$feed[ $list ] = array_slice( $decoded[ $list ], 0, $max );
		}
	}
	return $feed;
}

/**
 * A JSON Feed 1.1 item as a story, with the fields the elements take from it.
 *
 * @param mixed $item A JSON Feed item.
 * @return array
 */
function cm_widgets_story_from_json_feed( $item ) {
	if ( ! is_array( $item ) ) {
		return array();
	}
	$author = $item['authors'][0]['name'] ?? null;
	return array(
		'id'      => $item['id'] ?? null,
		'title'   => $item['title'] ?? null,
		'summary' => $item['summary'] ?? ( $item['content_text'] ?? null ),
		'url'     => $item['url'] ?? null,
		'image'   => $item['image'] ?? null,
		'date'    => $item['date_published'] ?? null,
		'author'  => $author,
	);
}

/**
 * The list of one kind in a feed.
 *
 * @param array|null $feed A trimmed feed.
 * @param string     $kind `quotes`, `stories`, `webinars` or `ideas`.
 * @return array
 */
function cm_widgets_feed_items( $feed, $kind ) {
	if ( ! is_array( $feed ) ) {
		return array();
	}
	$items = $feed[ $kind ] ?? ( $feed['items'] ?? array() );
	return array_values( array_filter( $items, 'is_array' ) );
}

/**
 * The page's language tag, which the elements follow: `fr-FR`.
 *
 * @return string
 */
function cm_widgets_page_lang() {
	return (string) get_bloginfo( 'language' );
}

/**
 * A text field in the page language: a string, or an object of language tags to strings
 * (the exact tag, then the base language, then any tag of that base, then `en`, then the
 * first), reduced to plain text as the elements do.
 *
 * @param mixed $value A text field of the feed.
 * @return array{text: string, lang: string|null}|null
 */
function cm_widgets_text( $value ) {
	$lang = null;
	if ( is_array( $value ) && $value ) {
		$page   = strtolower( cm_widgets_page_lang() );
		$base   = strtok( $page, '-' );
		$keys   = array_keys( $value );
		$lower  = array_map( 'strtolower', array_map( 'strval', $keys ) );
		$chosen = null;
		foreach ( array( $page, $base ) as $wanted ) {
			$index = array_search( $wanted, $lower, true );
			if ( false !== $index ) {
				$chosen = $index;
				break;
			}
		}
		if ( null === $chosen ) {
			foreach ( $lower as $index => $tag ) {
				if ( strtok( $tag, '-' ) === $base ) {
					$chosen = $index;
					break;
				}
			}
		}
		if ( null === $chosen ) {
			$index  = array_search( 'en', $lower, true );
			$chosen = false !== $index ? $index : 0;
		}
		$lang  = (string) $keys[ $chosen ];
		$value = $value[ $keys[ $chosen ] ];
	}
	if ( ! is_string( $value ) && ! is_int( $value ) && ! is_float( $value ) ) {
		return null;
	}
	$text = cm_widgets_clean_text( html_entity_decode( wp_strip_all_tags( (string) $value ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	return null === $text ? null : array(
		'text' => $text,
		'lang' => $lang,
	);
}

/**
 * A text field in the page language, as a plain string ('' when absent).
 *
 * @param mixed $value A text field of the feed.
 * @return string
 */
function cm_widgets_string( $value ) {
	$text = cm_widgets_text( $value );
	return $text ? $text['text'] : '';
}
