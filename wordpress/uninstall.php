<?php
/**
 * Deleting the plugin removes its settings and its cached feeds, on every site of a network.
 * Posts keep their blocks and shortcodes (as text) for a later reinstall.
 *
 * @package CmWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Removes this site's option and transients.
 */
function cm_widgets_uninstall_site() {
	global $wpdb;
	delete_option( 'cm_widgets_settings' );
	// Transients have no API to list them: remove ours by their prefix.
	$wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery,WordPress.DB.DirectDatabaseQuery.NoCaching
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_transient_cm_widgets_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_cm_widgets_' ) . '%'
		)
	);
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $cm_widgets_site ) {
		switch_to_blog( $cm_widgets_site );
		cm_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	cm_widgets_uninstall_site();
}
