<?php
/**
 * The script and the theme tokens: registered everywhere, enqueued only by a widget that
 * renders, so a page without widgets gets neither. The script is the library's script-tag
 * build, a module (WordPress 6.1 has no script modules API: the tag is rewritten); its
 * locale modules sit beside it and load only when the page's language needs them.
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the script and the tokens style.
 */
function cm_widgets_register_assets() {
	// No ?ver= query (null, not the version): the library's locale and map modules import
	// "./cm-widgets.js" by its plain URL, and the same file under another URL is a second
	// module. With the query, a page ran the library twice and the map showed English on a
	// French page (its messages went to the other copy).
	wp_register_script( 'cm-widgets', CM_WIDGETS_URL . 'assets/cm-widgets.js', array(), null, true );
	wp_register_style( 'cm-widgets-tokens', false, array(), CM_WIDGETS_VERSION );
	$css = cm_widgets_tokens_css();
	if ( '' !== $css ) {
		wp_add_inline_style( 'cm-widgets-tokens', $css );
	}
}
add_action( 'init', 'cm_widgets_register_assets', 5 );

/**
 * Called by every widget that renders: the script (once, at the end of the page) and the
 * theme tokens.
 */
function cm_widgets_use_assets() {
	wp_enqueue_script( 'cm-widgets' );
	if ( '' !== cm_widgets_tokens_css() ) {
		wp_enqueue_style( 'cm-widgets-tokens' );
	}
}

/**
 * Prints the library as a module: `<script type="module">`.
 *
 * @param string $tag    The script tag WordPress built.
 * @param string $handle Its handle.
 * @return string
 */
function cm_widgets_module_tag( $tag, $handle ) {
	if ( 'cm-widgets' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'cm_widgets_module_tag', 10, 2 );

/**
 * The theme tokens of the settings as one CSS rule on the widgets' tags (they inherit
 * into the elements' shadow roots). No rule reaches anything else on the page.
 *
 * @return string
 */
function cm_widgets_tokens_css() {
	$declarations = '';
	$tokens       = cm_widgets_spec()['tokens'];
	foreach ( cm_widgets_get_settings()['tokens'] as $token => $value ) {
		if ( isset( $tokens[ $token ] ) ) {
			$value = cm_widgets_sanitize_token( $tokens[ $token ]['type'], $value );
			if ( null !== $value ) {
				$declarations .= '--cm-' . $token . ':' . $value . ';';
			}
		}
	}
	if ( '' === $declarations ) {
		return '';
	}
	$tags = array_map( static fn( $element ) => $element['tag'], cm_widgets_elements() );
	return implode( ',', $tags ) . '{' . $declarations . '}';
}

/**
 * The block editor's preview runs the same script and tokens as the site.
 */
function cm_widgets_editor_assets() {
	cm_widgets_use_assets();
}
add_action( 'enqueue_block_editor_assets', 'cm_widgets_editor_assets' );

/**
 * Editors that draw the content in an iframe (the site editor; the post editor in later
 * WordPress versions) take their content assets from enqueue_block_assets, which also runs
 * on the site: there, only widgets that render enqueue anything.
 */
function cm_widgets_iframe_assets() {
	if ( is_admin() ) {
		cm_widgets_use_assets();
	}
}
add_action( 'enqueue_block_assets', 'cm_widgets_iframe_assets' );
