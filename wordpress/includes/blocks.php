<?php
/**
 * One dynamic block per element. Each block.json holds the block's name, title, icon and
 * supports; its attributes, the sidebar controls (assets/editor.js) and the rendering come
 * from elements.json. The saved post holds only the block comment and its attributes; the
 * HTML is made on the server at each view (cm_widgets_render()).
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block attributes of an element: its attributes in camelCase, JSON lists left out.
 *
 * @param array $element The element's description.
 * @return array
 */
function cm_widgets_block_attributes( $element ) {
	$types      = array(
		'integer' => 'integer',
		'boolean' => 'boolean',
	);
	$attributes = array();
	foreach ( cm_widgets_editable_attributes( $element ) as $attribute => $spec ) {
		$attributes[ cm_widgets_camel( $attribute ) ] = array( 'type' => $types[ $spec['type'] ] ?? 'string' );
		if ( 'boolean' === $spec['type'] ) {
			$attributes[ cm_widgets_camel( $attribute ) ]['default'] = false;
		}
	}
	return $attributes;
}

/**
 * Registers the editor script and the blocks.
 */
function cm_widgets_register_blocks() {
	wp_register_script(
		'cm-widgets-editor',
		CM_WIDGETS_URL . 'assets/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		CM_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'cm-widgets-editor', 'cm-widgets', CM_WIDGETS_DIR . 'languages' );

	foreach ( cm_widgets_elements() as $name => $element ) {
		register_block_type(
			CM_WIDGETS_DIR . 'blocks/' . $name,
			array(
				'attributes'      => cm_widgets_block_attributes( $element ),
				'render_callback' => static function ( $attributes ) use ( $name, $element ) {
					$values = array();
					foreach ( array_keys( cm_widgets_editable_attributes( $element ) ) as $attribute ) {
						$values[ $attribute ] = $attributes[ cm_widgets_camel( $attribute ) ] ?? null;
					}
					return cm_widgets_render( $name, $values, get_block_wrapper_attributes() );
				},
			)
		);
	}
}
add_action( 'init', 'cm_widgets_register_blocks' );

/**
 * What the editor script needs: each element's controls, in the editor's language.
 */
function cm_widgets_editor_data() {
	$elements = array();
	foreach ( cm_widgets_elements() as $name => $element ) {
		$controls = array();
		foreach ( cm_widgets_editable_attributes( $element ) as $attribute => $spec ) {
			$control = array(
				'attribute' => cm_widgets_camel( $attribute ),
				'type'      => $spec['type'],
				'panel'     => $spec['panel'] ?? 'content',
				'label'     => cm_widgets_translate( $spec['label'] ?? $attribute ),
				'help'      => isset( $spec['help'] ) ? cm_widgets_translate( $spec['help'] ) : '',
			);
			foreach ( array( 'min', 'max', 'default' ) as $key ) {
				if ( isset( $spec[ $key ] ) ) {
					$control[ $key ] = $spec[ $key ];
				}
			}
			if ( isset( $spec['options'] ) ) {
				$control['options'] = array_map( 'cm_widgets_translate', $spec['options'] );
			}
			$controls[] = $control;
		}
		$elements[ cm_widgets_block_name( $name ) ] = $controls;
	}
	$data = array(
		'blocks'         => $elements,
		'patterns'       => array_map(
			static fn( $type ) => $type['pattern'] ?? null,
			array_filter( cm_widgets_spec()['types'], static fn( $type ) => isset( $type['pattern'] ) )
		),
		'hasDefaultFeed' => '' !== cm_widgets_get_settings()['feed_url'],
		'settingsUrl'    => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=cm-widgets' ) : '',
	);
	wp_add_inline_script( 'cm-widgets-editor', 'window.cmWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'cm_widgets_editor_data' );
