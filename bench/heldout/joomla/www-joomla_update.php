#
#<?php die('Forbidden.'); ?>
#Date: 2024-06-07 10:04:11 UTC
#Software: Joomla! 4.4.4 Stable [ Pamoja ] 16-April-2024 16:00 GMT

#Fields: datetime	priority clientip	category	message
2024-06-07T10:04:11+00:00	INFO 10.0.8.21	update	Update started by user Webmaster (417). Old version is 4.4.4.
2024-06-07T10:04:12+00:00	INFO 10.0.8.21	update	Downloading update file from https://downloads.joomla.org/cms/joomla5/5-1-0/Joomla_5.1.0-Stable-Update_Package.zip.
2024-06-07T10:04:19+00:00	INFO 10.0.8.21	update	File Joomla_5.1.0-Stable-Update_Package.zip downloaded.
2024-06-07T10:04:20+00:00	INFO 10.0.8.21	update	Starting installation of new version.
2024-06-07T10:04:41+00:00	INFO 10.0.8.21	update	Finalising installation.
2024-06-07T10:04:42+00:00	INFO 10.0.8.21	update	Start of SQL updates.
2024-06-07T10:04:43+00:00	INFO 10.0.8.21	update	The current database version (schema) is 4.4.3-2024-03-28.
2024-06-07T10:04:44+00:00	INFO 10.0.8.21	update	Ran query from file 5.0.0-2023-05-18. Query text: ALTER TABLE `#__menu` DROP INDEX `idx_client_id_parent_id_alias_language`.
2024-06-07T10:04:45+00:00	INFO 10.0.8.21	update	Ran query from file 5.0.0-2023-06-27. Query text: UPDATE `#__extensions` SET `enabled` = 1 WHERE `type` = 'plugin' AND `element` = 'compat' AND `folder` = 'behaviour'.
2024-06-07T10:04:46+00:00	INFO 10.0.8.21	update	Ran query from file 5.0.0-2023-09-02. Query text: DELETE FROM `#__extensions` WHERE `type` = 'plugin' AND `element` = 'fields' AND `folder` = 'content'.
2024-06-07T10:04:47+00:00	INFO 10.0.8.21	update	Ran query from file 5.1.0-2024-02-10. Query text: INSERT INTO `#__mail_templates` (`template_id`, `extension`, `language`, `subject`, `body`, `htmlbody`, `attachments`, `params`) VALUES ('com_users.massmail.mail', 'com_users', '', 'COM_USERS_MASSMAIL_MAIL_SUBJECT', 'COM_USERS_MASSMAIL_MAIL_BODY', '', '', '{"tags": ["subject", "body", "subjectprefix", "bodysuffix"]}').
2024-06-07T10:04:48+00:00	INFO 10.0.8.21	update	Ran query from file 5.1.0-2024-03-08. Query text: ALTER TABLE `#__guidedtour_steps` ADD COLUMN `params` text NULL /** CAN FAIL **/.
2024-06-07T10:04:49+00:00	INFO 10.0.8.21	update	End of SQL updates.
2024-06-07T10:04:50+00:00	INFO 10.0.8.21	update	Deleting removed files and folders.
2024-06-07T10:04:54+00:00	INFO 10.0.8.21	update	Cleaning up after installation.
2024-06-07T10:04:55+00:00	INFO 10.0.8.21	update	Update to version 5.1.0 is complete.
