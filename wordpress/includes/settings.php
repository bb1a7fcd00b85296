<?php
/**
 * Settings → Cities of Migration: the default feed URL and the theme tokens, for
 * administrators (manage_options), through the Settings API (nonce and capability checked
 * by options.php), validated field by field.
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The option that holds the settings. */
const CM_WIDGETS_OPTION = 'cm_widgets_settings';

/**
 * The settings, with defaults.
 *
 * @return array{feed_url: string, tokens: array<string, string>}
 */
function cm_widgets_get_settings() {
	$saved = get_option( CM_WIDGETS_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'feed_url' => is_string( $saved['feed_url'] ?? null ) ? $saved['feed_url'] : '',
		'tokens'   => is_array( $saved['tokens'] ?? null ) ? $saved['tokens'] : array(),
	);
}

/**
 * Validates the submitted settings; an invalid value is dropped with a message naming it.
 *
 * @param mixed $input Submitted values.
 * @return array
 */
function cm_widgets_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$clean = array(
		'feed_url' => '',
		'tokens'   => array(),
	);
	$url = trim( (string) ( $input['feed_url'] ?? '' ) );
	if ( '' !== $url ) {
		$safe = cm_widgets_safe_url( $url );
		if ( null === $safe ) {
			add_settings_error( CM_WIDGETS_OPTION, 'cm-widgets-feed-url', __( 'The default feed URL must start with https://, http:// or / (a page of this site). It was not saved.', 'cm-widgets' ) );
		} else {
			$clean['feed_url'] = $safe;
		}
	}
	$tokens = is_array( $input['tokens'] ?? null ) ? $input['tokens'] : array();
	foreach ( cm_widgets_spec()['tokens'] as $token => $spec ) {
		$value = trim( (string) ( $tokens[ $token ] ?? '' ) );
		if ( '' === $value ) {
			continue;
		}
		$safe = cm_widgets_sanitize_token( $spec['type'], $value );
		if ( null === $safe ) {
			add_settings_error(
				CM_WIDGETS_OPTION,
				'cm-widgets-token-' . $token,
				/* translators: 1: the name of a setting ("Accent colour"), 2: the value that was refused. */
				sprintf( __( '%1$s: “%2$s” is not a value this setting accepts. It was not saved.', 'cm-widgets' ), cm_widgets_translate( $spec['label'] ), $value )
			);
		} else {
			$clean['tokens'][ $token ] = $safe;
		}
	}
	return $clean;
}

/**
 * Registers the setting, its sections and fields.
 */
function cm_widgets_register_settings() {
	register_setting(
		'cm_widgets',
		CM_WIDGETS_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'cm_widgets_sanitize_settings',
			'default'           => array(
				'feed_url' => '',
				'tokens'   => array(),
			),
		)
	);
	add_settings_section(
		'cm_widgets_feed',
		__( 'Content', 'cm-widgets' ),
		static function () {
			echo '<p>' . esc_html__( 'The blocks and shortcodes without a feed URL of their own use this one.', 'cm-widgets' ) . '</p>';
		},
		'cm-widgets'
	);
	add_settings_field( 'cm_widgets_feed_url', __( 'Default feed URL', 'cm-widgets' ), 'cm_widgets_feed_url_field', 'cm-widgets', 'cm_widgets_feed', array( 'label_for' => 'cm_widgets_feed_url' ) );
	add_settings_section(
		'cm_widgets_tokens',
		__( 'Appearance', 'cm-widgets' ),
		static function () {
			echo '<p>' . esc_html__( 'Leave a field empty to inherit your theme’s font and colours. These values apply to every widget of the site.', 'cm-widgets' ) . '</p>';
		},
		'cm-widgets'
	);
	foreach ( cm_widgets_spec()['tokens'] as $token => $spec ) {
		add_settings_field(
			'cm_widgets_token_' . $token,
			esc_html( cm_widgets_translate( $spec['label'] ) ),
			'cm_widgets_token_field',
			'cm-widgets',
			'cm_widgets_tokens',
			array(
				'label_for' => 'cm_widgets_token_' . $token,
				'token'     => $token,
				'spec'      => $spec,
			)
		);
	}
}
add_action( 'admin_init', 'cm_widgets_register_settings' );

/**
 * The default feed URL field, and what the feed holds.
 */
function cm_widgets_feed_url_field() {
	$url = cm_widgets_get_settings()['feed_url'];
	printf(
		'<input type="text" class="regular-text code" id="cm_widgets_feed_url" name="%s[feed_url]" value="%s" placeholder="https://example.org/content.json" aria-describedby="cm_widgets_feed_url_help">',
		esc_attr( CM_WIDGETS_OPTION ),
		esc_attr( $url )
	);
	echo '<p class="description" id="cm_widgets_feed_url_help">' . esc_html__( 'A JSON feed in the Cities of Migration format (an object with stories, quotes, webinars and ideas), or a JSON Feed of stories.', 'cm-widgets' ) . '</p>';
	if ( '' === $url ) {
		return;
	}
	$feed = cm_widgets_fetch_feed( $url );
	if ( null === $feed ) {
		echo '<p class="description"><strong>' . esc_html__( 'This feed could not be read from the server just now. Visitors’ browsers will still try it.', 'cm-widgets' ) . '</strong></p>';
		return;
	}
	$counts = array();
	foreach ( array( 'stories', 'quotes', 'webinars', 'ideas', 'items' ) as $list ) {
		if ( isset( $feed[ $list ] ) ) {
			$counts[] = $list . ': ' . number_format_i18n( count( $feed[ $list ] ) );
		}
	}
	/* translators: %s: what the feed holds, e.g. "stories: 3, quotes: 7". */
	echo '<p class="description">' . esc_html( sprintf( __( 'Read from the server: %s.', 'cm-widgets' ), implode( ', ', $counts ) ) ) . '</p>';
}

/**
 * One theme token field.
 *
 * @param array $args The token's name and description.
 */
function cm_widgets_token_field( $args ) {
	$value = cm_widgets_get_settings()['tokens'][ $args['token'] ] ?? '';
	printf(
		'<input type="text" class="%s" id="cm_widgets_token_%s" name="%s[tokens][%s]" value="%s">',
		'color' === $args['spec']['type'] ? 'cm-widgets-color' : 'regular-text',
		esc_attr( $args['token'] ),
		esc_attr( CM_WIDGETS_OPTION ),
		esc_attr( $args['token'] ),
		esc_attr( $value )
	);
	echo ' <code>--cm-' . esc_html( $args['token'] ) . '</code>';
	if ( isset( $args['spec']['help'] ) ) {
		echo '<p class="description">' . esc_html( cm_widgets_translate( $args['spec']['help'] ) ) . '</p>';
	}
}

/**
 * Adds Settings → Cities of Migration.
 */
function cm_widgets_settings_menu() {
	$hook = add_options_page( __( 'Cities of Migration', 'cm-widgets' ), __( 'Cities of Migration', 'cm-widgets' ), 'manage_options', 'cm-widgets', 'cm_widgets_settings_page' );
	if ( $hook ) {
		add_action(
			'admin_enqueue_scripts',
			static function ( $current ) use ( $hook ) {
				if ( $current === $hook ) {
					wp_enqueue_style( 'wp-color-picker' );
					wp_enqueue_script( 'wp-color-picker' );
					wp_add_inline_script( 'wp-color-picker', 'jQuery(function($){$(".cm-widgets-color").wpColorPicker();});' );
				}
			}
		);
	}
}
add_action( 'admin_menu', 'cm_widgets_settings_menu' );

/**
 * The settings page, and a reference of the blocks and shortcodes.
 */
function cm_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	settings_errors( CM_WIDGETS_OPTION );
	echo '<form action="options.php" method="post">';
	settings_fields( 'cm_widgets' );
	do_settings_sections( 'cm-widgets' );
	submit_button();
	echo '</form>';

	echo '<h2>' . esc_html__( 'Blocks and shortcodes', 'cm-widgets' ) . '</h2>';
	echo '<p>' . esc_html__( 'Every editor, Authors included, can add these. In the block editor, search for “Cities of Migration”. In the classic editor or a page builder, put a shortcode on a line of its own:', 'cm-widgets' ) . '</p>';
	echo '<table class="widefat striped"><thead><tr><th scope="col">' . esc_html__( 'Shortcode', 'cm-widgets' ) . '</th><th scope="col">' . esc_html__( 'Attributes', 'cm-widgets' ) . '</th></tr></thead><tbody>';
	foreach ( cm_widgets_elements() as $name => $element ) {
		$attributes = array_map( 'cm_widgets_snake', array_keys( cm_widgets_editable_attributes( $element ) ) );
		echo '<tr><td><code>[' . esc_html( cm_widgets_shortcode_name( $name ) ) . ']</code></td><td><code>' . implode( '</code> <code>', array_map( 'esc_html', $attributes ) ) . '</code></td></tr>';
	}
	echo '</tbody></table>';
	echo '<p>' . esc_html__( 'Example:', 'cm-widgets' ) . ' <code>[cm_featured_story src="/content.json" story_id="two-cheers" heading_level="2"]</code></p>';
	echo '</div>';
}

/**
 * A Settings link beside Deactivate on the Plugins screen.
 *
 * @param array $links Action links.
 * @return array
 */
function cm_widgets_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=cm-widgets' ) ) . '">' . esc_html__( 'Settings', 'cm-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( CM_WIDGETS_FILE ), 'cm_widgets_action_links' );
