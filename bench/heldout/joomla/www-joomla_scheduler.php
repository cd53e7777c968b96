#
#<?php die('Forbidden.'); ?>
#Date: 2024-06-07 06:01:01 UTC
#Software: Joomla! 4.4.4 Stable [ Pamoja ] 16-April-2024 16:00 GMT

#Fields: datetime	priority clientip	category	message
2024-06-07T06:01:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:01:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.72 (net 0.67) seconds.
2024-06-07T06:06:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:06:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.49 (net 0.48) seconds.
2024-06-07T06:08:02+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T06:08:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.02 (net 0.02) seconds.
2024-06-07T06:11:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:11:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.72 (net 0.71) seconds.
2024-06-07T06:16:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:16:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.83 (net 0.81) seconds.
2024-06-07T06:21:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:21:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.35 (net 0.32) seconds.
2024-06-07T06:26:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:26:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.76 (net 0.75) seconds.
2024-06-07T06:31:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:31:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.23 (net 0.23) seconds.
2024-06-07T06:36:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:36:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.32 (net 0.30) seconds.
2024-06-07T06:37:01+00:00	INFO 10.0.4.5	scheduler	Running task#04 'Update Notification'.
2024-06-07T06:37:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#04 'Update Notification' in 0.61 (net 0.60) seconds.
2024-06-07T06:41:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:41:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.74 (net 0.73) seconds.
2024-06-07T06:46:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:46:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.30 (net 0.27) seconds.
2024-06-07T06:51:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:51:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.72 (net 0.69) seconds.
2024-06-07T06:56:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T06:56:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.46 (net 0.42) seconds.
2024-06-07T07:01:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:01:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.21 (net 0.21) seconds.
2024-06-07T07:06:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:06:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.90 (net 0.87) seconds.
2024-06-07T07:08:00+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T07:08:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.05 (net 0.05) seconds.
2024-06-07T07:11:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:11:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.90 (net 0.81) seconds.
2024-06-07T07:16:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:16:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.77 (net 0.73) seconds.
2024-06-07T07:21:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:21:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.35 (net 0.32) seconds.
2024-06-07T07:26:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:26:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.71 (net 0.65) seconds.
2024-06-07T07:31:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:31:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.52 (net 0.48) seconds.
2024-06-07T07:36:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:36:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.40 (net 0.38) seconds.
2024-06-07T07:41:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:41:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.66 (net 0.60) seconds.
2024-06-07T07:46:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:46:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.26 (net 0.25) seconds.
2024-06-07T07:51:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:51:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.28 (net 0.27) seconds.
2024-06-07T07:56:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T07:56:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.78 (net 0.76) seconds.
2024-06-07T08:01:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:01:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.33 (net 0.31) seconds.
2024-06-07T08:06:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:06:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.34 (net 0.33) seconds.
2024-06-07T08:08:00+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T08:08:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.03 (net 0.03) seconds.
2024-06-07T08:11:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:11:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.27 (net 0.24) seconds.
2024-06-07T08:16:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:16:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.24 (net 0.22) seconds.
2024-06-07T08:21:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:21:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.70 (net 0.64) seconds.
2024-06-07T08:26:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:26:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.58 (net 0.55) seconds.
2024-06-07T08:37:00+00:00	INFO 10.0.4.5	scheduler	Running task#04 'Update Notification'.
2024-06-07T08:37:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#04 'Update Notification' in 0.62 (net 0.61) seconds.
2024-06-07T08:41:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:41:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.77 (net 0.71) seconds.
2024-06-07T08:46:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:46:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.63 (net 0.57) seconds.
2024-06-07T08:51:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:51:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.41 (net 0.38) seconds.
2024-06-07T08:56:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T08:56:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.85 (net 0.78) seconds.
2024-06-07T09:01:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:01:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.80 (net 0.73) seconds.
2024-06-07T09:01:03+00:00	INFO 10.0.4.5	scheduler	Running task#05 'Delete Action Logs'.
2024-06-07T09:01:04+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#05 'Delete Action Logs' in 1.00 (net 0.97) seconds.
2024-06-07T09:06:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:06:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.22 (net 0.22) seconds.
2024-06-07T09:08:01+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T09:08:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.09 (net 0.08) seconds.
2024-06-07T09:11:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:11:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.88 (net 0.80) seconds.
2024-06-07T09:16:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:16:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.23 (net 0.22) seconds.
2024-06-07T09:21:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:21:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.47 (net 0.43) seconds.
2024-06-07T09:26:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:26:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.70 (net 0.67) seconds.
2024-06-07T09:31:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:31:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.64 (net 0.59) seconds.
2024-06-07T09:36:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:36:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.68 (net 0.63) seconds.
2024-06-07T09:41:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:41:31+00:00	INFO 10.0.4.5	scheduler	Task#03 'Uptime ping' exited with code 3 in 30.02 (net 30.01) seconds.
2024-06-07T09:46:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:51:02+00:00	INFO 10.0.4.5	scheduler	Task#03 'Uptime ping' is currently locked.
2024-06-07T09:56:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T09:56:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.75 (net 0.69) seconds.
2024-06-07T10:01:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:01:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.25 (net 0.23) seconds.
2024-06-07T10:06:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:06:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.89 (net 0.81) seconds.
2024-06-07T10:08:02+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T10:08:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.02 (net 0.02) seconds.
2024-06-07T10:11:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:11:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.49 (net 0.46) seconds.
2024-06-07T10:16:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:16:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.22 (net 0.20) seconds.
2024-06-07T10:21:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:21:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.82 (net 0.79) seconds.
2024-06-07T10:26:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:26:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.44 (net 0.43) seconds.
2024-06-07T10:31:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:31:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.62 (net 0.62) seconds.
2024-06-07T10:36:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:36:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.68 (net 0.64) seconds.
2024-06-07T10:37:00+00:00	INFO 10.0.4.5	scheduler	Running task#04 'Update Notification'.
2024-06-07T10:37:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#04 'Update Notification' in 1.73 (net 1.70) seconds.
2024-06-07T10:41:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:41:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.40 (net 0.38) seconds.
2024-06-07T10:46:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:46:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.38 (net 0.37) seconds.
2024-06-07T10:51:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:51:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.42 (net 0.39) seconds.
2024-06-07T10:56:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T10:56:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.22 (net 0.21) seconds.
2024-06-07T11:01:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:01:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.51 (net 0.48) seconds.
2024-06-07T11:06:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:06:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.33 (net 0.31) seconds.
2024-06-07T11:08:01+00:00	INFO 10.0.4.5	scheduler	Running task#01 'Session GC'.
2024-06-07T11:08:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#01 'Session GC' in 0.05 (net 0.05) seconds.
2024-06-07T11:11:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:11:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.56 (net 0.56) seconds.
2024-06-07T11:16:02+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:16:03+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.68 (net 0.63) seconds.
2024-06-07T11:21:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:21:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.53 (net 0.50) seconds.
2024-06-07T11:26:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:26:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.21 (net 0.20) seconds.
2024-06-07T11:31:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:31:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.48 (net 0.45) seconds.
2024-06-07T11:36:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:36:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.54 (net 0.51) seconds.
2024-06-07T11:41:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:41:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.45 (net 0.41) seconds.
2024-06-07T11:46:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:46:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.50 (net 0.46) seconds.
2024-06-07T11:51:01+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:51:02+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.53 (net 0.52) seconds.
2024-06-07T11:56:00+00:00	INFO 10.0.4.5	scheduler	Running task#03 'Uptime ping'.
2024-06-07T11:56:01+00:00	INFO 10.0.4.5	scheduler	Successfully finished task#03 'Uptime ping' in 0.23 (net 0.23) seconds.
