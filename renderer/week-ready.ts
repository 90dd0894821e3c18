/** The performance mark the week page sets once its plan is loaded and Generate is enabled (read by the start-up bench). */
export const weekReadyMark = 'gutplan:week-ready'
