<?php
/**
 * Switches the test site's theme (CM_WP_THEME): the classic-theme pass of the test.
 */

require __DIR__ . '/cli.php';
require '/usr/share/wordpress/wp-load.php';

switch_theme( getenv( 'CM_WP_THEME' ) );
echo wp_json_encode(
	array(
		'stylesheet' => get_stylesheet(),
		'block'      => wp_is_block_theme(),
	)
), "\n";
