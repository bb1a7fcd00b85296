<?php
/**
 * Installs WordPress (French site) in the test's empty database.
 */

require __DIR__ . '/cli.php';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$cm_result = wp_install( 'Ville de Test', 'admin', 'admin@example.org', false, '', getenv( 'CM_WP_ADMIN_PASS' ), 'fr_FR' );
echo wp_json_encode( array( 'user_id' => $cm_result['user_id'] ) ), "\n";
